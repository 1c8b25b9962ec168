/**
 * The demo data every mock starts from: both demo tenants (Acme Outdoor Gear, Globex Telecom),
 * each with a production and a sandbox environment of different content. Deterministic: fixed
 * 2026 timestamps and ids, no clock, no randomness.
 */

import { ACME } from './seed/acme.js';
import { buildTenant } from './seed/build-workspace.js';
import { GLOBEX } from './seed/globex.js';
import type { SeedData } from './store.js';
import type { Environment } from './types.js';

export type { EnvironmentSeed, SeedData, TenantSeed } from './store.js';

/**
 * The default seed of `createStore()` and `createAtenderMock()`.
 *
 * @example
 * createStore({ seed: DEFAULT_SEED }); // same as createStore()
 */
export const DEFAULT_SEED: SeedData = {
  tenants: {
    [ACME.tenantId]: buildTenant(ACME),
    [GLOBEX.tenantId]: buildTenant(GLOBEX),
  },
};

/**
 * The signing secrets of the seeded webhook endpoints, by tenant, environment and webhook id,
 * so tests can verify the signatures of test deliveries.
 *
 * @example
 * const secret = DEMO_WEBHOOK_SECRETS.ten_acme.sandbox.whk_acmeS01; // 'whsec_…'
 */
export const DEMO_WEBHOOK_SECRETS: Readonly<Record<string, Readonly<Record<Environment, Readonly<Record<string, string>>>>>> =
  Object.fromEntries(
    Object.entries(DEFAULT_SEED.tenants).map(([tenantId, tenant]) => [
      tenantId,
      { production: { ...tenant.production?.webhookSecrets }, sandbox: { ...tenant.sandbox?.webhookSecrets } },
    ]),
  );

/** The chat channel of each demo tenant's widget, in both environments. */
export const DEMO_SEED_WIDGET_CHANNELS = { ten_acme: ACME.widget.channelId, ten_globex: GLOBEX.widget.channelId } as const;
