import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import spec from '../../mock/src/generated/openapi.json' with { type: 'json' };
import { OPERATIONS, type OperationRule } from './generated/operations.js';
import type { Scope } from './generated/scopes.js';
import { SCOPES } from './generated/scopes.js';
import { createRouteMatcher } from './internal/route-matcher.js';
import { findOperation, getOperation, operationsForScopes } from './operations.js';
import { hasScope } from './scopes.js';

const HTTP_METHODS = new Set(['get', 'put', 'post', 'patch', 'delete', 'options', 'head', 'trace']);
type SpecOperation = { operationId?: string; security?: Record<string, string[]>[] };
const specPaths = spec.paths as unknown as Record<string, Record<string, SpecOperation>>;
const specOperations = Object.entries(specPaths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => HTTP_METHODS.has(method))
    .map(([method, operation]) => ({ method, path, operation })),
);

/** A concrete path for a templated one, as a caller would send it. */
const concrete = (path: string, id = 'id_42') => path.replace(/\{[^}]+\}/g, id);

function rule(method: OperationRule['method'], path: string, operationId = `${method} ${path}`): OperationRule {
  return { operationId, method, path, scope: null, credentials: ['apiKey'], visibility: 'public', reserved: false, cost: 1 };
}

describe('OPERATIONS against the bundled spec', () => {
  it('covers exactly the method + path pairs of the spec', () => {
    const fromSpec = specOperations.map(({ method, path }) => `${method} ${path}`).sort();
    const fromTable = OPERATIONS.map(({ method, path }) => `${method} ${path}`).sort();
    expect(fromTable).toEqual(fromSpec);
  });

  it('carries each operationId and the one scope named in its security requirement', () => {
    for (const { method, path, operation } of specOperations) {
      const row = findOperation(method, path);
      const roles = new Set((operation.security ?? []).flatMap((requirement) => Object.values(requirement).flat()));
      expect(row?.operationId).toBe(operation.operationId);
      expect(roles).toEqual(new Set(row?.scope ? [row.scope] : []));
    }
  });

  it('has unique operationIds and unique method + path pairs', () => {
    expect(new Set(OPERATIONS.map((op) => op.operationId)).size).toBe(OPERATIONS.length);
    expect(new Set(OPERATIONS.map((op) => `${op.method} ${op.path}`)).size).toBe(OPERATIONS.length);
  });
});

describe('findOperation', () => {
  it('finds every row by its templated path and by a concrete one', () => {
    for (const row of OPERATIONS) {
      expect(findOperation(row.method, row.path)).toBe(row);
      const found = findOperation(row.method.toUpperCase(), concrete(row.path));
      // A concrete id may also fit a more specific literal route; it must at least share the method.
      expect(found?.method).toBe(row.method);
    }
  });

  it('matches a concrete article path, ignoring query, fragment, trailing slash, case and origin', () => {
    const expected = getOperation('getKbArticle');
    expect(findOperation('GET', '/api/v1/kb/articles/42')).toBe(expected);
    expect(findOperation('get', '/api/v1/kb/articles/42?expand=tags&x=/y')).toBe(expected);
    expect(findOperation('Get', '/api/v1/kb/articles/42/')).toBe(expected);
    expect(findOperation('GET', '/api/v1/kb/articles/42#top')).toBe(expected);
    expect(findOperation('GET', 'https://sandbox.atender.io/api/v1/kb/articles/42')).toBe(expected);
  });

  it('returns undefined for unknown paths and methods, never throwing', () => {
    expect(findOperation('GET', '/api/v1/nowhere')).toBeUndefined();
    expect(findOperation('PUT', '/api/v1/kb/articles/42')).toBeUndefined();
    expect(findOperation('GET', '/api/v1/kb/articles/42/extra')).toBeUndefined();
    expect(findOperation('GET', '/api/v1/kb//')).toBeUndefined();
    expect(findOperation('GET', '/api/v1/kb/articles//')).toBeDefined(); // trailing slashes only
    expect(findOperation('GET', '')).toBeUndefined();
    expect(findOperation('GET', '/')).toBeUndefined();
    expect(findOperation(undefined as never, null as never)).toBeUndefined();
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (method, path) => {
        const found = findOperation(method, path);
        return found === undefined || OPERATIONS.includes(found as (typeof OPERATIONS)[number]);
      }),
    );
  });
});

describe('createRouteMatcher (the matching rules, on a synthetic table)', () => {
  const table = [
    rule('get', '/a/{id}'),
    rule('get', '/a/search'),
    rule('get', '/a/{id}/b'),
    rule('get', '/a/x/{y}'),
    rule('get', '/files/{name}.json'),
    rule('get', '/files/{name}'),
  ];
  const match = createRouteMatcher(table);

  it('prefers literal segments over parameters, whatever the table order', () => {
    expect(match('GET', '/a/search')?.path).toBe('/a/search');
    expect(match('GET', '/a/other')?.path).toBe('/a/{id}');
    expect(createRouteMatcher([...table].reverse())('GET', '/a/search')?.path).toBe('/a/search');
  });

  it('decides on the leftmost differing segment', () => {
    expect(match('GET', '/a/x/b')?.path).toBe('/a/x/{y}');
    expect(match('GET', '/a/z/b')?.path).toBe('/a/{id}/b');
  });

  it('supports segments mixing text and parameters, below pure literals', () => {
    expect(match('GET', '/files/report.json')?.path).toBe('/files/{name}.json');
    expect(match('GET', '/files/report.csv')?.path).toBe('/files/{name}');
    expect(match('GET', '/files/.json')?.path).toBe('/files/{name}');
  });

  it('never lets a parameter match an empty segment', () => {
    expect(match('GET', '/a//b')).toBeUndefined();
  });
});

describe('getOperation', () => {
  it('returns the row of a known operationId', () => {
    expect(getOperation('createKbArticle')).toMatchObject({ method: 'post', path: '/api/v1/kb/articles', scope: 'knowledge:write' });
  });

  it('returns undefined for an unknown one or a non-string', () => {
    expect(getOperation('createKbArticles')).toBeUndefined();
    expect(getOperation(42 as never)).toBeUndefined();
    expect(getOperation('toString')).toBeUndefined();
  });
});

describe('operationsForScopes', () => {
  it('permits only scope-free operations with no scopes', () => {
    const ops = operationsForScopes([]);
    expect(ops.length).toBeGreaterThan(0);
    expect(ops.every((op) => op.scope === null)).toBe(true);
  });

  it('lets a write permit the reads of its surface', () => {
    const ids = operationsForScopes(['knowledge:write']).map((op) => op.operationId);
    expect(ids).toContain('createKbArticle');
    expect(ids).toContain('getKbArticle');
    expect(ids).not.toContain('listContacts');
  });

  it('permits everything with every scope', () => {
    expect(operationsForScopes(SCOPES)).toHaveLength(OPERATIONS.length);
  });

  it('accepts a one-shot iterator', () => {
    function* granted(): Generator<Scope> {
      yield 'knowledge:read';
    }
    expect(operationsForScopes(granted()).some((op) => op.operationId === 'listKbArticles')).toBe(true);
  });

  it('throws a TypeError on an unknown scope', () => {
    expect(() => operationsForScopes(['knowledge:wirte' as Scope])).toThrow(/operationsForScopes: "knowledge:wirte" is not a scope/);
  });

  it('law: agrees with hasScope for every row', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SCOPES), { maxLength: 8 }), (granted) => {
        const permitted = new Set(operationsForScopes(granted));
        return OPERATIONS.every((op) => permitted.has(op) === hasScope(granted, op.scope));
      }),
    );
  });
});
