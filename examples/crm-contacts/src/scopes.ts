/**
 * Least privilege, checked before the first write: the contract says which scopes the import's
 * calls need, `GET /api/v1/auth/key` says which the key has, and a missing one stops the import
 * with a message that names it, before any contact is touched.
 */
import { type ApiKeyInfo, getOperation, hasScope, minimumScopes, type OperationId, type Scope } from '@atender/contract';

/** The scopes some calls need that a key lacks, and the calls that would fail. */
export interface ScopeCheck {
  readonly needed: readonly Scope[];
  readonly missing: readonly Scope[];
  readonly blockedOperations: readonly OperationId[];
}

/**
 * Compares the least-privilege scopes of `operations` with `granted` (write implies read).
 *
 * @example
 * checkScopes(['listContacts', 'createContact'], ['contacts:read']).missing; // ['contacts:write']
 */
export function checkScopes(operations: readonly OperationId[], granted: readonly Scope[]): ScopeCheck {
  const needed = minimumScopes(operations);
  const missing = needed.filter((scope) => !hasScope(granted, scope));
  const blockedOperations = operations.filter((op) => {
    const scope = getOperation(op).scope;
    return scope !== null && !hasScope(granted, scope);
  });
  return { needed, missing, blockedOperations };
}

/** What to tell the user; names the key by its public prefix, never the secret. */
export function describeMissingScopes(check: ScopeCheck, key: Pick<ApiKeyInfo, 'name' | 'prefix' | 'scopes'>): string {
  return [
    `The API key "${key.name}" (${key.prefix}…) lacks ${check.missing.map((s) => `"${s}"`).join(' and ')}.`,
    `  needed for: ${check.blockedOperations.join(', ')}`,
    `  the key has: ${key.scopes.length > 0 ? key.scopes.join(', ') : 'none'}`,
    `  this import needs: ${check.needed.join(', ')}`,
    'No contact was written. Use a key with those scopes and run again.',
  ].join('\n');
}
