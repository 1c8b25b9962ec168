/**
 * One key record from a {@link KeyInput}: scopes expanded from bundles, secret and id derived
 * from a seed when not given, so the same input always yields the same key.
 */
import { expandScopes, isScope, isScopeBundle, type Scope, type ScopeBundle } from '@atender/contract';
import { seededBase62 } from './prng.js';
import type { ApiKeyRecord, Environment } from './types.js';

/** A key given in the mock's options or added by a test. */
export interface KeyInput {
  readonly tenantId: string;
  readonly environment: Environment;
  /** @default 'secret' */
  readonly kind?: 'secret' | 'publishable';
  /** The full key; derived from the name when absent, so it is stable across runs. */
  readonly secret?: string;
  /** @default derived from tenant, environment and scopes */
  readonly name?: string;
  readonly scopes?: readonly Scope[];
  readonly bundles?: readonly ScopeBundle[];
  /** @default 'standard' */
  readonly tier?: string;
  /** @default true */
  readonly active?: boolean;
  /** Milliseconds since the epoch. @default null */
  readonly expiresAt?: number | null;
  /** Milliseconds since the epoch. @default null */
  readonly revokedAt?: number | null;
  readonly allowedIps?: readonly string[];
  readonly allowedOrigins?: readonly string[];
  readonly channelId?: string;
  /** @default 2025-01-01T00:00:00Z */
  readonly createdAt?: number;
}

/** A fixed creation time: demo keys are identical on every run, including their dates. */
export const DEMO_CREATED_AT = Date.UTC(2025, 0, 1);

const PREFIXES = {
  secret: { production: 'sa_live_', sandbox: 'sa_test_' },
  publishable: { production: 'sa_pk_live_', sandbox: 'sa_pk_test_' },
} as const;

/** Builds a key record from an input; `seed` makes generated secrets and ids reproducible. */
export function createKeyRecord(input: KeyInput, seed: string): ApiKeyRecord {
  const kind = input.kind ?? 'secret';
  const bundles = [...(input.bundles ?? [])];
  for (const bundle of bundles) if (!isScopeBundle(bundle)) throw new TypeError(`Unknown scope bundle "${String(bundle)}".`);
  for (const scope of input.scopes ?? []) if (!isScope(scope)) throw new TypeError(`Unknown scope "${String(scope)}".`);
  const scopes = expandScopes([...(input.scopes ?? []), ...bundles]);
  const name = input.name ?? `${input.tenantId} ${input.environment} ${bundles.join('+') || scopes.join('+') || 'no scopes'}`;
  const basis = `${seed}:${input.tenantId}:${input.environment}:${kind}:${name}`;
  return {
    id: `key_${seededBase62(`${basis}:id`, 16)}`,
    name,
    kind,
    secret: input.secret ?? `${PREFIXES[kind][input.environment]}${seededBase62(basis, 40)}`,
    tenantId: input.tenantId,
    environment: input.environment,
    scopes,
    bundles,
    tier: input.tier ?? 'standard',
    active: input.active ?? true,
    expiresAt: input.expiresAt ?? null,
    revokedAt: input.revokedAt ?? null,
    ...(input.allowedIps ? { allowedIps: [...input.allowedIps] } : {}),
    ...(input.allowedOrigins ? { allowedOrigins: [...input.allowedOrigins] } : {}),
    ...(input.channelId ? { channelId: input.channelId } : {}),
    createdAt: input.createdAt ?? DEMO_CREATED_AT,
  };
}
