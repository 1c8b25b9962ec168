import { OPERATIONS, type OperationId, type OperationRule } from './generated/operations.js';
import type { Scope } from './generated/scopes.js';
import { createRouteMatcher } from './internal/route-matcher.js';
import { assertScope, hasScope } from './internal/scope-rules.js';

/** The exact table row of one operation, narrowed by its operationId. */
export type OperationById<Id extends OperationId> = Extract<(typeof OPERATIONS)[number], { operationId: Id }>;

// Compiled on first use, not at module load: importing the contract must stay cheap, and a
// bundle that never looks an operation up must be able to drop the table.
let match: ReturnType<typeof createRouteMatcher> | undefined;
let byId: ReadonlyMap<string, OperationRule> | undefined;

/**
 * Finds the operation a request addresses, by method (any case) and concrete or templated path.
 * Query strings, fragments, an origin and a trailing slash are ignored; literal segments win over
 * parameters. Returns `undefined` for anything the spec does not define.
 *
 * @example
 * findOperation('GET', '/api/v1/kb/articles/42?expand=tags')?.operationId; // 'getKbArticle'
 * findOperation('put', '/api/v1/kb/articles/42'); // undefined
 */
export function findOperation(method: string, path: string): OperationRule | undefined {
  match ??= createRouteMatcher(OPERATIONS);
  return match(method, path);
}

/**
 * The table row of one operation, by operationId; `undefined` for an unknown id.
 *
 * @example
 * getOperation('createKbArticle').scope; // 'knowledge:write'
 */
export function getOperation<Id extends OperationId>(operationId: Id): OperationById<Id>;
export function getOperation(operationId: string): OperationRule | undefined;
export function getOperation(operationId: string): OperationRule | undefined {
  if (typeof operationId !== 'string') return undefined;
  byId ??= new Map(OPERATIONS.map((rule) => [rule.operationId, rule]));
  return byId.get(operationId);
}

/**
 * The operations a set of scopes permits (write implies read), including those needing no scope.
 * Checks scopes only: visibility and credential kind are separate rules.
 *
 * @throws TypeError when an entry is not a known scope.
 * @example
 * operationsForScopes(['knowledge:read']).map((op) => op.operationId); // ['getApiKeyInfo', 'listKbArticles', …]
 */
export function operationsForScopes(scopes: Iterable<Scope>): OperationRule[] {
  // Copied first: the argument may be a one-shot iterator, and it is read once per operation.
  const granted = [...scopes];
  for (const scope of granted) assertScope(scope, 'operationsForScopes');
  return OPERATIONS.filter((rule) => hasScope(granted, rule.scope));
}
