/**
 * The key registry: every API key the mock knows (seeded demo keys plus keys from the options),
 * looked up by its full secret. `reset()` restores revocations and activations made by tests.
 */
import { buildDemoKeys, type DemoKeys } from './demo-keys.js';
import { createKeyRecord, type KeyInput } from './key-record.js';
import type { ApiKeyRecord } from './types.js';

export type { KeyInput } from './key-record.js';

/** What the mock knows about keys. */
export interface KeyRegistry {
  /** The seeded demo keys, by tenant, environment and purpose. */
  readonly demo: DemoKeys;
  /** The key with this exact secret, if any. */
  find(secret: string): ApiKeyRecord | undefined;
  /** The key with this id (`key_…`), if any. */
  get(id: string): ApiKeyRecord | undefined;
  all(): readonly ApiKeyRecord[];
  /** Adds a key; it is removed again by `reset()`. */
  add(input: KeyInput): ApiKeyRecord;
  /** Revokes a key (by id or secret) at `at` (default: the mock's clock). */
  revoke(idOrSecret: string, at?: number): void;
  /** Sets a key's active flag (by id or secret). */
  setActive(idOrSecret: string, active: boolean): void;
  reset(): void;
}

/** Options of {@link createKeyRegistry}. */
export interface KeyRegistryOptions {
  /** Seed of the demo keys' secrets. @default 'atender-demo' */
  readonly seed?: string;
  readonly extraKeys?: readonly KeyInput[];
  /** Tiers a key may name; an unknown tier is a setup error. */
  readonly tiers: ReadonlySet<string>;
  readonly now: () => number;
}

/** Creates the registry with the demo keys and the extra keys of the options. */
export function createKeyRegistry(options: KeyRegistryOptions): KeyRegistry {
  const seed = options.seed ?? 'atender-demo';
  const demo = buildDemoKeys(seed);
  const bySecret = new Map<string, ApiKeyRecord>();
  const initialState = new Map<ApiKeyRecord, { active: boolean; revokedAt: number | null }>();
  const register = (record: ApiKeyRecord): ApiKeyRecord => {
    if (!options.tiers.has(record.tier)) throw new TypeError(`Key "${record.name}" names an unknown rate-limit tier "${record.tier}".`);
    if (bySecret.has(record.secret)) throw new TypeError(`Two keys share the secret of "${record.name}".`);
    bySecret.set(record.secret, record);
    return record;
  };
  const seedRecords = [...demo.records, ...(options.extraKeys ?? []).map((input) => createKeyRecord(input, seed))];
  for (const record of seedRecords) {
    register(record);
    initialState.set(record, { active: record.active, revokedAt: record.revokedAt });
  }
  const mustFind = (idOrSecret: string): ApiKeyRecord => {
    const record = bySecret.get(idOrSecret) ?? [...bySecret.values()].find((r) => r.id === idOrSecret);
    if (!record) throw new TypeError('No key with that id or secret.');
    return record;
  };
  return {
    demo: demo.keys,
    find: (secret) => bySecret.get(secret),
    get: (id) => [...bySecret.values()].find((r) => r.id === id),
    all: () => [...bySecret.values()],
    add: (input) => register(createKeyRecord(input, seed)),
    revoke: (idOrSecret, at) => {
      mustFind(idOrSecret).revokedAt = at ?? options.now();
    },
    setActive: (idOrSecret, active) => {
      mustFind(idOrSecret).active = active;
    },
    reset: () => {
      bySecret.clear();
      for (const [record, state] of initialState) {
        record.active = state.active;
        record.revokedAt = state.revokedAt;
        bySecret.set(record.secret, record);
      }
    },
  };
}
