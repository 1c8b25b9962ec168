/**
 * Where pacing state lives. By default every client paces on its own (in memory); a
 * {@link PacingStore} lets clients share one budget per API key: in one process with
 * {@link createMemoryPacingStore}, across processes and machines with `@atender/pacing-redis`.
 * A store sees the key's public id only, never the secret.
 */
import { ConfigurationError } from './errors/client-errors.js';
import { createPacer, type Pacer, type PacerOptions, type PacerState } from './pacing.js';

/** One rate budget, as a store is told about it. */
export interface PacingBudget {
  /**
   * The API key's public id: its kind prefix and a SHA-256 fingerprint of the key
   * (`sa_live:3q2-7wEvBlA…`). The same on every process and machine; the secret cannot be
   * recovered from it.
   */
  readonly id: string;
  /** Reports what the user should know (e.g. a store falling back to local pacing). */
  readonly warn: (message: string) => void;
}

/** A place for pacing state shared by every client of one budget. */
export interface PacingStore {
  /** The pacer of one budget; called once per client, which then sends every call through it. */
  pacer(budget: PacingBudget): Pacer;
}

/** The object form of the `pacing` option. */
export interface PacingOptions {
  /**
   * Shares the budget with every client using the same store and key.
   * @default a pacer of this client alone
   */
  readonly store?: PacingStore;
}

/**
 * A store in this process's memory: clients created with it share one pacer per API key.
 *
 * @example
 * const store = createMemoryPacingStore();
 * const a = createAtenderClient({ apiKey, pacing: { store } });
 * const b = createAtenderClient({ apiKey, pacing: { store } }); // one budget with `a`
 */
export function createMemoryPacingStore(options: PacerOptions = {}): PacingStore {
  const pacers = new Map<string, Pacer>();
  return {
    pacer({ id }) {
      let pacer = pacers.get(id);
      if (!pacer) {
        pacer = createPacer(options);
        pacers.set(id, pacer);
      }
      return pacer;
    },
  };
}

const toBase64Url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/**
 * The public id of a key (see {@link PacingBudget.id}): `sa_live`, `sa_test`, `sa_pk_live` or
 * `sa_pk_test`, then 22 characters (132 bits) of SHA-256 over the key. Web Crypto only, so it
 * runs wherever the SDK does.
 */
export async function budgetIdOf(key: string): Promise<string> {
  const kind = /^sa_(?:pk_)?(?:live|test)(?=_)/.exec(key)?.[0] ?? 'key';
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(`atender-pacing-budget:${key}`));
  return `${kind}:${toBase64Url(new Uint8Array(digest)).slice(0, 22)}`;
}

const NOTHING_YET: PacerState = { remaining: undefined, limit: undefined, resetAt: undefined, inFlight: 0, queued: 0 };

/** A pacer from `store`, opened on the first call (the id takes one digest to compute). */
function storePacer(store: PacingStore, key: string, warn: (message: string) => void): Pacer {
  let pacer: Pacer | undefined;
  let opening: Promise<Pacer> | undefined;
  const open = (): Promise<Pacer> => {
    opening ??= budgetIdOf(key).then((id) => {
      pacer = store.pacer({ id, warn });
      return pacer;
    });
    return opening;
  };
  return {
    acquire: async (options) => (pacer ?? (await open())).acquire(options),
    tryAcquire: (cost) => pacer?.tryAcquire?.(cost),
    state: () => pacer?.state() ?? NOTHING_YET,
  };
}

/** What the client needs to know to choose its pacer. */
export interface PacerChoice {
  readonly pacing: boolean | PacingOptions | undefined;
  /** The key whose budget is paced; `undefined` for session tokens. */
  readonly key: string | undefined;
  /** Whether pacing is on when the option is not given. */
  readonly onByDefault: boolean;
  readonly warn: (message: string) => void;
}

/** The pacer of one client: none, its own, or one from a store. */
export function choosePacer({ pacing, key, onByDefault, warn }: PacerChoice): Pacer | undefined {
  if (pacing === false || (pacing === undefined && !onByDefault)) return undefined;
  if (pacing === undefined || pacing === true) return createPacer();
  if (typeof pacing !== 'object' || pacing === null) throw new ConfigurationError('pacing must be true, false or { store }.');
  if (pacing.store === undefined) return createPacer();
  if (typeof pacing.store?.pacer !== 'function')
    throw new ConfigurationError('pacing.store must be a PacingStore (an object with pacer()).');
  if (key === undefined) {
    throw new ConfigurationError('pacing.store shares the budget of an API key; a session token has none to share.');
  }
  return storePacer(pacing.store, key, warn);
}
