/**
 * Every seeded demo key as a flat list a person can read: which tenant and environment, what
 * it is for (a bundle, one scope, a tier, the widget, or the one credential rule it fails),
 * its tier, its state and its secret. `atender-mock keys` prints it; tests can filter it.
 */
import type { DemoEnvironmentKeys, DemoKeys, DemoTenantName } from './demo-keys.js';
import type { ApiKeyRecord, Environment } from './types.js';

/** What a demo key is for. */
export type DemoKeyPurpose = 'bundle' | 'scope' | 'tier' | 'widget' | 'failure';

/** The state a key answers with: `ok`, or the 401/403 code it is seeded to produce. */
export type DemoKeyState = 'ok' | 'API_KEY_REVOKED' | 'API_KEY_EXPIRED' | 'API_KEY_INACTIVE' | 'IP_NOT_ALLOWED' | 'TENANT_SUSPENDED';

/** One demo key. */
export interface DemoKeyRow {
  /** `acme`, `globex`, or `umbrella` (the suspended tenant). */
  readonly tenant: DemoTenantName | 'umbrella';
  readonly tenantId: string;
  readonly environment: Environment;
  readonly purpose: DemoKeyPurpose;
  /** The bundle or scope it grants, the tier it is on, or the failure it shows (`revoked`, …). */
  readonly label: string;
  /** Where it is in `mock.keys.demo`, e.g. `acme.sandbox.bundles.full_access`. */
  readonly path: string;
  readonly tier: string;
  readonly state: DemoKeyState;
  /** Widget keys: allowed origins; IP-restricted keys: allowed addresses. */
  readonly note: string;
  readonly secret: string;
}

const ENVIRONMENTS: readonly Environment[] = ['sandbox', 'production'];
const FAILURES = ['revoked', 'expired', 'inactive', 'ipRestricted'] as const;

function stateOf(key: ApiKeyRecord, now: number): DemoKeyState {
  if (key.revokedAt !== null) return 'API_KEY_REVOKED';
  if (key.expiresAt !== null && key.expiresAt <= now) return 'API_KEY_EXPIRED';
  if (!key.active) return 'API_KEY_INACTIVE';
  if (key.allowedIps && key.allowedIps.length > 0) return 'IP_NOT_ALLOWED';
  return 'ok';
}

function noteOf(key: ApiKeyRecord): string {
  if (key.allowedOrigins) return `origins ${key.allowedOrigins.join(' ')}`;
  if (key.allowedIps) return `only from ${key.allowedIps.join(' ')}`;
  return '';
}

function environmentRows(tenant: DemoTenantName, environment: Environment, keys: DemoEnvironmentKeys, now: number): DemoKeyRow[] {
  const base = `${tenant}.${environment}`;
  const row = (purpose: DemoKeyPurpose, label: string, path: string, key: ApiKeyRecord): DemoKeyRow => ({
    tenant,
    tenantId: key.tenantId,
    environment,
    purpose,
    label,
    path: `${base}.${path}`,
    tier: key.tier,
    state: stateOf(key, now),
    note: noteOf(key),
    secret: key.secret,
  });
  return [
    ...Object.entries(keys.bundles).map(([bundle, key]) => row('bundle', bundle, `bundles.${bundle}`, key)),
    ...Object.entries(keys.scopes).map(([scope, key]) => row('scope', scope, `scopes['${scope}']`, key)),
    row('tier', `full_access on ${keys.elevated.tier}`, 'elevated', keys.elevated),
    row('widget', 'publishable', 'publishable', keys.publishable),
    ...FAILURES.map((which) => row('failure', which, which, keys[which])),
  ];
}

/**
 * Every demo key of `demo`, per tenant and environment, then the suspended tenant's.
 * @param now - the time states are judged at (expiry); the mock's clock.
 */
export function listDemoKeys(demo: DemoKeys, now: number = Date.now()): DemoKeyRow[] {
  const tenants = Object.keys(demo).filter((name): name is DemoTenantName => name !== 'suspended');
  const rows = tenants.flatMap((tenant) => ENVIRONMENTS.flatMap((env) => environmentRows(tenant, env, demo[tenant][env], now)));
  for (const environment of ENVIRONMENTS) {
    const key = demo.suspended[environment];
    rows.push({
      tenant: 'umbrella',
      tenantId: key.tenantId,
      environment,
      purpose: 'failure',
      label: 'suspended tenant',
      path: `suspended.${environment}`,
      tier: key.tier,
      state: 'TENANT_SUSPENDED',
      note: '',
      secret: key.secret,
    });
  }
  return rows;
}
