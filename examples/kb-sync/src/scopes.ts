/**
 * Least privilege, checked before the first write: the contract says which scopes the plan's
 * calls need, `GET /api/v1/auth/key` says which the key has, and a missing one stops the sync
 * with a message that names it — instead of a 403 halfway through a batch.
 */
import { type ApiKeyInfo, getOperation, hasScope, minimumScopes, type OperationId, type Scope } from '@atender/contract';
import type { SyncPlan } from './plan.js';

/** The calls that read the knowledge base's current state, made before planning. */
export const READ_OPERATIONS: readonly OperationId[] = ['listKbArticles', 'listKbCategories', 'listKbSubcategories', 'listKbTags'];

/** The calls a plan will make, one entry per kind of call (scopes do not depend on the count). */
export function planOperations(plan: SyncPlan): OperationId[] {
  const ops: OperationId[] = [...READ_OPERATIONS];
  const add = (needed: boolean, op: OperationId) => {
    if (needed) ops.push(op);
  };
  add(plan.categories.length > 0, 'createKbCategory');
  add(plan.subcategories.length > 0, 'createKbSubcategory');
  add(plan.tags.length > 0, 'createKbTag');
  add(plan.creates.length > 0, 'createKbArticle');
  add(plan.updates.length > 0, 'updateKbArticle');
  add(plan.deletes.length > 0, 'deleteKbArticle');
  return ops;
}

/** The outcome of comparing what a run needs with what the key has. */
export interface ScopeCheck {
  readonly needed: readonly Scope[];
  readonly granted: readonly Scope[];
  readonly missing: readonly Scope[];
  /** The operations the missing scopes would have allowed. */
  readonly blockedOperations: readonly OperationId[];
}

/**
 * Compares the least-privilege scopes of some calls with a key's scopes (write implies read).
 *
 * @example
 * checkScopes(planOperations(plan), keyInfo.scopes).missing; // ['knowledge:write']
 */
export function checkScopes(operations: readonly OperationId[], granted: readonly Scope[]): ScopeCheck {
  const needed = minimumScopes(operations);
  const missing = needed.filter((scope) => !hasScope(granted, scope));
  const blockedOperations = operations.filter((op) => {
    const scope = getOperation(op).scope;
    return scope !== null && !hasScope(granted, scope);
  });
  return { needed, granted, missing, blockedOperations: [...new Set(blockedOperations)] };
}

/**
 * The message shown when a key cannot do the job: which scopes are missing, what they were
 * needed for, and what to do about it. Names the key by its public prefix, never the secret.
 */
export function describeMissingScopes(check: ScopeCheck, key: Pick<ApiKeyInfo, 'name' | 'prefix'>): string {
  const granted = check.granted.length > 0 ? check.granted.join(', ') : 'none';
  return [
    `The API key "${key.name}" (${key.prefix}…) lacks ${check.missing.map((s) => `"${s}"`).join(' and ')}.`,
    `  needed for: ${check.blockedOperations.join(', ')}`,
    `  the key has: ${granted}`,
    `  this run needs: ${check.needed.join(', ')}`,
    'Nothing was written. Use a key with those scopes (least privilege: exactly the list above) and run again.',
  ].join('\n');
}
