import type { ParsedCredential } from '@atender/contract';
import type { KeyRegistry } from '../keys.js';
import { refuse } from '../problem.js';
import type { SessionIssuer } from '../session-tokens.js';
import type { TenantRegistry } from '../tenants.js';
import type { ApiKeyRecord, Caller } from '../types.js';
import { fail, pass, type RuleOutcome } from './rule.js';

/** What rule 2 reads. */
export interface CredentialStatusState {
  readonly keys: Pick<KeyRegistry, 'find'>;
  readonly sessions: Pick<SessionIssuer, 'verify'>;
  readonly tenants: Pick<TenantRegistry, 'get'>;
}

const isoDate = (ms: number): string => new Date(ms).toISOString();

/** Revoked beats expired beats inactive: the most final state is the most useful to report. */
export function keyStatus(key: ApiKeyRecord, now: number): RuleOutcome<Caller> {
  if (key.revokedAt !== null && key.revokedAt <= now) {
    return fail(refuse('API_KEY_REVOKED', `This key was revoked at ${isoDate(key.revokedAt)}; create a new one in the dashboard.`));
  }
  if (key.expiresAt !== null && key.expiresAt <= now) {
    return fail(refuse('API_KEY_EXPIRED', `This key expired at ${isoDate(key.expiresAt)}; create a new one in the dashboard.`));
  }
  if (!key.active) return fail(refuse('API_KEY_INACTIVE', 'This key is deactivated; reactivate it in the dashboard.'));
  const kind = key.kind;
  return pass<Caller>({ kind, key, tenantId: key.tenantId, environment: key.environment, scopes: key.scopes });
}

/**
 * Rule 2: the credential is known, active, not expired, not revoked. Keys are looked up by
 * their full secret; session tokens are verified (signature, claims, expiry).
 */
export async function checkCredentialStatus(
  credential: ParsedCredential,
  state: CredentialStatusState,
  now: number,
): Promise<RuleOutcome<Caller>> {
  if (credential.kind === 'session') {
    const verified = await state.sessions.verify(credential.value);
    if (!verified.ok) return fail(refuse(verified.code, verified.detail));
    const { claims } = verified;
    if (!state.tenants.get(claims.tid)) return fail(refuse('TOKEN_INVALID', 'The session token names an unknown tenant.'));
    return pass<Caller>({ kind: 'session', userId: claims.sub, tenantId: claims.tid, environment: claims.env, scopes: claims.scopes });
  }
  const key = state.keys.find(credential.value);
  // A publishable key presented where a secret one is looked up (or vice versa) is simply unknown.
  if (!key || key.kind !== credential.kind) {
    return fail(refuse('API_KEY_INVALID', 'No key matches this credential; check for a typo or a key from another account.'));
  }
  return keyStatus(key, now);
}
