/**
 * Least privilege, checked before the first report: the contract says which scopes the three
 * report calls need, `GET /api/v1/auth/key` says which the key has, and a missing one stops the
 * export with a message that names it instead of a 403 after the first file.
 */
import { type ApiKeyInfo, getOperation, hasScope, minimumScopes, type OperationId, type Scope } from '@atender/contract';

/** The calls an export makes (besides `getApiKeyInfo`, which needs no scope). */
export const REPORT_OPERATIONS = ['getConversationVolume', 'getSlaBreachRates', 'getAgentStats'] as const satisfies readonly OperationId[];

/** What the export needs, what the key has, and the difference. */
export interface ScopeCheck {
  readonly needed: readonly Scope[];
  readonly missing: readonly Scope[];
  /** The report operations the missing scopes would have allowed. */
  readonly blocked: readonly OperationId[];
}

/**
 * Compares the least-privilege scopes of the report calls with a key's scopes (write implies read).
 *
 * @example
 * checkReportScopes(['contacts:read']).missing; // ['analytics:read']
 */
export function checkReportScopes(granted: readonly Scope[]): ScopeCheck {
  const needed = minimumScopes(REPORT_OPERATIONS);
  const missing = needed.filter((scope) => !hasScope(granted, scope));
  const blocked = REPORT_OPERATIONS.filter((op) => {
    const scope = getOperation(op).scope;
    return scope !== null && !hasScope(granted, scope);
  });
  return { needed, missing, blocked };
}

/** The refusal message: names the key by its public prefix, never the secret. */
export function describeMissingScopes(check: ScopeCheck, key: Pick<ApiKeyInfo, 'name' | 'prefix' | 'scopes'>): string {
  return [
    `The API key "${key.name}" (${key.prefix}…) lacks ${check.missing.map((s) => `"${s}"`).join(' and ')}.`,
    `  needed for: ${check.blocked.join(', ')}`,
    `  the key has: ${key.scopes.length > 0 ? key.scopes.join(', ') : 'none'}`,
    `  an export needs: ${check.needed.join(', ')}`,
    'Nothing was fetched or written. Use a key with those scopes (the analytics_only bundle is enough) and run again.',
  ].join('\n');
}
