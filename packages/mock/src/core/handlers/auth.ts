/**
 * `getApiKeyInfo` and `getApiKeyUsage`: what the calling key knows about itself, read from the
 * caller context the pipeline built (never from the store, so it always matches the credential
 * that was checked), and the usage the pipeline counted for it.
 */
import { RATE_LIMIT_TIERS, type RateLimitTier } from '@atender/contract';
import type { ApiKeyRecord, TypedOperationHandler } from '../types.js';
import { ok, problem } from './respond.js';

/** Characters of a key shown as its recognisable prefix (`sa_live_4f9K`). */
const PREFIX_VISIBLE_CHARS = 4;

/** The recognisable start of a key: its kind prefix plus a few characters, never the secret. */
export function keyPrefix(secret: string): string {
  const match = /^(sa_(?:pk_)?(?:live|test)_)/.exec(secret);
  const head = match?.[1] ?? '';
  return secret.slice(0, head.length + PREFIX_VISIBLE_CHARS);
}

/** The key's tier as the spec spells it; a custom tier of the mock's options reads as `standard`. */
export function specTier(tier: string): RateLimitTier {
  return tier in RATE_LIMIT_TIERS ? (tier as RateLimitTier) : 'standard';
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** `GET /auth/key`. */
export const getApiKeyInfo: TypedOperationHandler<'getApiKeyInfo'> = (ctx) => {
  const { caller } = ctx;
  // Only key credentials reach this operation; a session means the pipeline was bypassed.
  if (caller.kind === 'session') return problem(ctx, 'API_KEY_MISSING', 'This endpoint describes API keys; send one.');
  const key: ApiKeyRecord = caller.key;
  return ok({
    id: key.id,
    name: key.name,
    prefix: keyPrefix(key.secret),
    tenantId: caller.tenantId,
    environment: caller.environment,
    scopes: [...caller.scopes],
    bundles: [...key.bundles],
    tier: specTier(key.tier),
    expiresAt: iso(key.expiresAt),
    createdAt: new Date(key.createdAt).toISOString(),
  });
};

/** `GET /auth/key/usage`: requests and 429s per day and operation over 30 days, last use. */
export const getApiKeyUsage: TypedOperationHandler<'getApiKeyUsage'> = (ctx) => {
  const { caller } = ctx;
  if (caller.kind === 'session') return problem(ctx, 'API_KEY_MISSING', 'This endpoint describes API keys; send one.');
  return ok(ctx.usage.usageOf(caller.key.id, ctx.now));
};
