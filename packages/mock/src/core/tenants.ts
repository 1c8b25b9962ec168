import { DEMO_TENANTS } from './demo-tenants.js';
import type { TenantRecord } from './types.js';

/** A tenant given in the mock's options. */
export interface TenantInput {
  readonly id: string;
  readonly name: string;
  /** @default false */
  readonly suspended?: boolean;
}

/**
 * The demo tenant whose keys answer `TENANT_SUSPENDED`. It has no data: no request of its keys
 * ever gets past the tenant rule, so the store never needs a collection for it.
 */
export const SUSPENDED_DEMO_TENANT = { id: 'ten_umbrella', name: 'Umbrella Rentals' } as const;

/** The tenants a mock knows, with their suspension flag; `reset()` restores the initial state. */
export interface TenantRegistry {
  get(id: string): TenantRecord | undefined;
  all(): readonly TenantRecord[];
  /** Suspends a tenant: every credential of it answers 401 `TENANT_SUSPENDED` until `unsuspend`. */
  suspend(id: string): void;
  unsuspend(id: string): void;
  reset(): void;
}

/** Creates the registry: the two demo tenants, the suspended demo tenant, then `extra`. */
export function createTenantRegistry(extra: readonly TenantInput[] = []): TenantRegistry {
  const initial: TenantInput[] = [
    ...DEMO_TENANTS.map((t) => ({ id: t.id, name: t.name, suspended: false })),
    { ...SUSPENDED_DEMO_TENANT, suspended: true },
    ...extra,
  ];
  const tenants = new Map<string, TenantRecord>();
  const reset = (): void => {
    tenants.clear();
    for (const t of initial) tenants.set(t.id, { id: t.id, name: t.name, suspended: t.suspended ?? false });
  };
  reset();
  const mustGet = (id: string): TenantRecord => {
    const tenant = tenants.get(id);
    if (!tenant) throw new TypeError(`Unknown tenant "${id}".`);
    return tenant;
  };
  return {
    get: (id) => tenants.get(id),
    all: () => [...tenants.values()],
    suspend: (id) => {
      mustGet(id).suspended = true;
    },
    unsuspend: (id) => {
      mustGet(id).suspended = false;
    },
    reset,
  };
}
