/**
 * The seeded demo keys: for each demo tenant and environment, one key per scope bundle, one per
 * single scope, a publishable widget key, and keys that each fail exactly one credential rule.
 * Secrets come from a seeded PRNG, so they are the same on every run.
 */
import { SCOPE_BUNDLE_NAMES, SCOPES, type Scope, type ScopeBundle } from '@atender/contract';
import { DEMO_TENANTS, type DemoTenantId } from './demo-tenants.js';
import { createKeyRecord, type KeyInput } from './key-record.js';
import { DEMO_SEED_WIDGET_CHANNELS } from './seed.js';
import { SUSPENDED_DEMO_TENANT } from './tenants.js';
import type { ApiKeyRecord, Environment } from './types.js';

/** The short name of a demo tenant: `ten_acme` → `acme`. */
export type DemoTenantName = DemoTenantId extends `ten_${infer N}` ? N : never;

/** The demo keys of one tenant in one environment. */
export interface DemoEnvironmentKeys {
  /** One key per scope bundle, tier `standard`. */
  readonly bundles: Readonly<Record<ScopeBundle, ApiKeyRecord>>;
  /** One key per single scope, tier `standard`. */
  readonly scopes: Readonly<Record<Scope, ApiKeyRecord>>;
  /** `full_access` on the `elevated` tier. */
  readonly elevated: ApiKeyRecord;
  /** Widget key: origin allow-list {@link DEMO_WIDGET_ORIGINS}, pinned to {@link DEMO_WIDGET_CHANNELS}. */
  readonly publishable: ApiKeyRecord;
  /** `full_access`, revoked on 2025-03-01: answers `API_KEY_REVOKED`. */
  readonly revoked: ApiKeyRecord;
  /** `full_access`, expired on 2025-06-01: answers `API_KEY_EXPIRED`. */
  readonly expired: ApiKeyRecord;
  /** `full_access`, deactivated: answers `API_KEY_INACTIVE`. */
  readonly inactive: ApiKeyRecord;
  /** `full_access`, only from {@link DEMO_ALLOWED_IPS}: answers `IP_NOT_ALLOWED` from 127.0.0.1. */
  readonly ipRestricted: ApiKeyRecord;
}

/** Every demo key. */
export type DemoKeys = Readonly<Record<DemoTenantName, Readonly<Record<Environment, DemoEnvironmentKeys>>>> & {
  /** `full_access` keys of the suspended tenant `ten_umbrella`: answer `TENANT_SUSPENDED`. */
  readonly suspended: Readonly<Record<Environment, ApiKeyRecord>>;
};

/** Origins the demo publishable keys accept, per tenant. */
export const DEMO_WIDGET_ORIGINS: Readonly<Record<DemoTenantName, readonly string[]>> = {
  acme: ['https://help.acme-outdoor.example', 'http://localhost:5173'],
  globex: ['https://support.globex-telecom.example', 'http://localhost:5174'],
};

/** The chat channel each demo tenant's publishable key is pinned to: the seed's webchat channel. */
export const DEMO_WIDGET_CHANNELS: Readonly<Record<DemoTenantName, string>> = {
  acme: DEMO_SEED_WIDGET_CHANNELS.ten_acme,
  globex: DEMO_SEED_WIDGET_CHANNELS.ten_globex,
};

/** The allow-list of the IP-restricted demo keys (documentation ranges, RFC 5737). */
export const DEMO_ALLOWED_IPS: readonly string[] = ['203.0.113.10', '198.51.100.0/24'];

const ENVIRONMENTS: readonly Environment[] = ['sandbox', 'production'];
const REVOKED_AT = Date.UTC(2025, 2, 1);
const EXPIRED_AT = Date.UTC(2025, 5, 1);

function shortName(id: DemoTenantId): DemoTenantName {
  return id.replace(/^ten_/, '') as DemoTenantName;
}

function fromEntries<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, V>;
}

function environmentKeys(tenantId: DemoTenantId, environment: Environment, make: (input: KeyInput) => ApiKeyRecord): DemoEnvironmentKeys {
  const tenant = shortName(tenantId);
  const base = { tenantId, environment } as const;
  const full = { ...base, bundles: ['full_access'] } as const;
  return {
    bundles: fromEntries(SCOPE_BUNDLE_NAMES, (bundle) => make({ ...base, name: `${tenant} ${environment} ${bundle}`, bundles: [bundle] })),
    scopes: fromEntries(SCOPES, (scope) => make({ ...base, name: `${tenant} ${environment} ${scope}`, scopes: [scope] })),
    elevated: make({ ...full, name: `${tenant} ${environment} elevated`, tier: 'elevated' }),
    publishable: make({
      ...base,
      kind: 'publishable',
      name: `${tenant} ${environment} widget`,
      allowedOrigins: DEMO_WIDGET_ORIGINS[tenant],
      channelId: DEMO_WIDGET_CHANNELS[tenant],
    }),
    revoked: make({ ...full, name: `${tenant} ${environment} revoked`, revokedAt: REVOKED_AT }),
    expired: make({ ...full, name: `${tenant} ${environment} expired`, expiresAt: EXPIRED_AT }),
    inactive: make({ ...full, name: `${tenant} ${environment} inactive`, active: false }),
    ipRestricted: make({ ...full, name: `${tenant} ${environment} ip-restricted`, allowedIps: DEMO_ALLOWED_IPS }),
  };
}

/** Builds every demo key from a seed; `records` lists them all for the registry. */
export function buildDemoKeys(seed: string): { keys: DemoKeys; records: ApiKeyRecord[] } {
  const records: ApiKeyRecord[] = [];
  const make = (input: KeyInput): ApiKeyRecord => {
    const record = createKeyRecord(input, seed);
    records.push(record);
    return record;
  };
  const tenants = Object.fromEntries(
    DEMO_TENANTS.map((t) => [shortName(t.id), fromEntries(ENVIRONMENTS, (env) => environmentKeys(t.id, env, make))]),
  ) as Record<DemoTenantName, Record<Environment, DemoEnvironmentKeys>>;
  const suspended = fromEntries(ENVIRONMENTS, (environment) =>
    make({ tenantId: SUSPENDED_DEMO_TENANT.id, environment, name: `umbrella ${environment} full_access`, bundles: ['full_access'] }),
  );
  return { keys: { ...tenants, suspended }, records };
}
