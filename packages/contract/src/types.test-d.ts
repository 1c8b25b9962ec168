import { describe, expectTypeOf, it } from 'vitest';
import {
  type AuthenticationErrorCode,
  type CredentialParseResult,
  type components,
  type Environment,
  ErrorCode,
  errorCodesForStatus,
  errorStatus,
  expandBundle,
  findOperation,
  getOperation,
  hasScope,
  isErrorCode,
  isScope,
  type KbArticle,
  minimumScopes,
  type OperationId,
  type OperationRule,
  type PathScopes,
  parseCredential,
  type paths,
  type RateLimitTier,
  Scope,
  type ScopeBundle,
} from './index.js';

describe('Scope', () => {
  it('is a const object and a string-literal union', () => {
    expectTypeOf(Scope.KnowledgeRead).toEqualTypeOf<'knowledge:read'>();
    expectTypeOf<typeof Scope.KnowledgeWrite>().toEqualTypeOf<'knowledge:write'>();
    expectTypeOf<'knowledge:write'>().toExtend<Scope>();
    expectTypeOf<Scope>().toEqualTypeOf<(typeof Scope)[keyof typeof Scope]>();
    const needed: Scope = 'knowledge:write';
    expectTypeOf(needed).toExtend<Scope>();
  });

  it('rejects a misspelt scope', () => {
    // @ts-expect-error 'knowledge:wirte' is a typo, not a member of Scope
    const bad: Scope = 'knowledge:wirte';
    expectTypeOf(bad).toExtend<Scope>();
    // @ts-expect-error hasScope takes Scope values, not arbitrary strings
    hasScope(['knowledge:wirte'], 'knowledge:read');
  });

  it('is the same union as the spec schema, as are the bundle and tier names', () => {
    expectTypeOf<components['schemas']['Scope']>().toEqualTypeOf<Scope>();
    expectTypeOf<components['schemas']['ScopeBundle']>().toEqualTypeOf<ScopeBundle>();
    expectTypeOf<components['schemas']['RateLimitTier']>().toEqualTypeOf<RateLimitTier>();
  });

  it('narrows unknown input with isScope', () => {
    const input: unknown = 'tags:read';
    if (isScope(input)) expectTypeOf(input).toEqualTypeOf<Scope>();
  });

  it('types bundle members and rejects unknown bundles', () => {
    expectTypeOf(expandBundle('basic')).toEqualTypeOf<('contacts:read' | 'conversations:read' | 'tags:read')[]>();
    // @ts-expect-error 'read-all' is not a bundle; the name is 'read_all'
    expandBundle('read-all');
  });
});

describe('ErrorCode', () => {
  it('is a const object and a union equal to the spec schema', () => {
    expectTypeOf(ErrorCode.NOT_FOUND).toEqualTypeOf<'NOT_FOUND'>();
    expectTypeOf<components['schemas']['ErrorCode']>().toEqualTypeOf<ErrorCode>();
  });

  it('rejects a misspelt code', () => {
    // @ts-expect-error 'NOT_FOUNDD' is a typo, not a member of ErrorCode
    const bad: ErrorCode = 'NOT_FOUNDD';
    expectTypeOf(bad).toExtend<ErrorCode>();
  });

  it('discriminates by code', () => {
    const describe = (code: ErrorCode) => {
      if (code === ErrorCode.RATE_LIMITED) return expectTypeOf(code).toEqualTypeOf<'RATE_LIMITED'>();
      expectTypeOf(code).toEqualTypeOf<Exclude<ErrorCode, 'RATE_LIMITED'>>();
    };
    expectTypeOf(describe).parameter(0).toEqualTypeOf<ErrorCode>();
    const value: unknown = 'NOT_FOUND';
    if (isErrorCode(value)) expectTypeOf(value).toEqualTypeOf<ErrorCode>();
  });

  it('maps codes to statuses and back at the type level', () => {
    expectTypeOf(errorStatus('RATE_LIMITED')).toEqualTypeOf<429>();
    expectTypeOf(errorStatus('SOMETHING')).toEqualTypeOf<number | undefined>();
    expectTypeOf(errorCodesForStatus(401)).toEqualTypeOf<AuthenticationErrorCode[]>();
    expectTypeOf(errorCodesForStatus(409)).toEqualTypeOf<('CONFLICT' | 'IDEMPOTENCY_KEY_REUSED')[]>();
    expectTypeOf(errorCodesForStatus(200)).toEqualTypeOf<never[]>();
  });
});

describe('operations', () => {
  it('narrows a row by operationId and keeps lookups by string optional', () => {
    expectTypeOf(getOperation('createKbArticle').scope).toEqualTypeOf<'knowledge:write'>();
    expectTypeOf(getOperation('getApiKeyInfo').scope).toEqualTypeOf<null>();
    expectTypeOf(getOperation(String('x'))).toEqualTypeOf<OperationRule | undefined>();
    expectTypeOf(findOperation('GET', '/api/v1/kb/articles/1')).toEqualTypeOf<OperationRule | undefined>();
  });

  it('rejects an unknown operationId in minimumScopes', () => {
    expectTypeOf(minimumScopes(['listKbArticles'])).toEqualTypeOf<Scope[]>();
    // @ts-expect-error 'listKbArticle' is not an operationId (missing "s")
    minimumScopes(['listKbArticle']);
  });

  it('agrees with paths: PathScopes has the same paths, and each path the same methods', () => {
    type Defined<T> = { [K in keyof T]-?: undefined extends T[K] ? never : K }[keyof T];
    type SpecMethods = { [P in keyof paths]: Exclude<Defined<paths[P]>, 'parameters'> };
    type TableMethods = { [P in keyof PathScopes]: keyof PathScopes[P] };
    expectTypeOf<TableMethods>().toEqualTypeOf<SpecMethods>();
    expectTypeOf<'createKbArticle'>().toExtend<OperationId>();
  });
});

describe('credentials and schema types', () => {
  it('discriminates parse results by ok and kind', () => {
    const parsed: CredentialParseResult = parseCredential('sa_test_…');
    if (!parsed.ok) expectTypeOf(parsed.reason).toEqualTypeOf<'missing' | 'malformed'>();
    else if (parsed.kind === 'session') expectTypeOf(parsed.environment).toEqualTypeOf<null>();
    else {
      expectTypeOf(parsed.environment).toEqualTypeOf<Environment>();
      expectTypeOf(parsed.prefix).toEqualTypeOf<'sa_live_' | 'sa_test_' | 'sa_pk_live_' | 'sa_pk_test_'>();
    }
    expectTypeOf<Environment>().toEqualTypeOf<'production' | 'sandbox'>();
  });

  it('re-exports the schema root types', () => {
    expectTypeOf<KbArticle>().toEqualTypeOf<components['schemas']['KbArticle']>();
  });
});
