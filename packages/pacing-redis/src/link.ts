/**
 * The store's one Redis connection and its health. Commands never wait for a connection that
 * is not there (no offline queue) and never longer than `commandTimeoutMs` (plus one turn of
 * the event loop); any failure marks
 * the link down, which sends pacing to the local fallback with one warning. While down, at
 * most one `PING` per `recheckMs` tests whether Redis is back; the first success brings the
 * shared budget back (and a later outage warns again).
 */
import { Redis } from 'ioredis';
import { RESERVE_SCRIPT, SETTLE_SCRIPT } from './scripts.js';

/** What the reserve script answers. */
export interface Reservation {
  readonly granted: number;
  /** Milliseconds until another call could go; `-1` until an answer arrives. */
  readonly waitMs: number;
  /** Answers observed when the calls were granted. */
  readonly observed: number;
}

/** Options of {@link createLink}. */
export interface LinkOptions {
  readonly url: string;
  readonly commandTimeoutMs: number;
  readonly connectTimeoutMs: number;
  readonly recheckMs: number;
  readonly now: () => number;
  readonly warn: (message: string) => void;
}

/** The Redis side of the store. */
export interface Link {
  /** Whether the shared budget can be used now (checks for a recovery when down). */
  usable(): boolean;
  /** `late` receives a reservation that Redis made after the call had timed out, to free it. */
  reserve(
    keys: readonly [string, string],
    args: readonly (string | number)[],
    late?: (reservation: Reservation) => void,
  ): Promise<Reservation>;
  settle(keys: readonly [string, string], args: readonly (string | number)[]): Promise<void>;
  close(): Promise<void>;
}

type ScriptedRedis = Redis & {
  atenderReserve(k1: string, k2: string, ...args: (string | number)[]): Promise<[number, number, number]>;
  atenderSettle(k1: string, k2: string, ...args: (string | number)[]): Promise<number>;
};

/** A message about a Redis failure that names the failure, never the URL (it may hold a password). */
function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/rediss?:\/\/\S+/gi, 'redis://…').slice(0, 200);
}

/**
 * `work`, or a rejection after `ms`. A starved event loop runs a due timer before it reads a
 * reply already waiting on the socket, which would turn a busy machine into a "slow Redis":
 * so the timer gives I/O one more turn (`setImmediate` runs after the poll phase) first.
 * A command that answers after its timeout is handed to `late`.
 */
function withTimeout<T>(work: Promise<T>, ms: number, late?: (value: T) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    let timedOut = false;
    let settled = false;
    const timer = setTimeout(
      () =>
        setImmediate(() => {
          if (settled) return;
          timedOut = true;
          settled = true;
          reject(new Error(`Redis did not answer within ${ms} ms`));
        }),
      ms,
    );
    work.then(
      (value) => {
        clearTimeout(timer);
        if (timedOut) late?.(value);
        if (settled) return;
        settled = true;
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (settled) return;
        settled = true;
        reject(error);
      },
    );
  });
}

/** Connects to Redis (in the background: no call waits for it longer than `connectTimeoutMs`). */
export function createLink(options: LinkOptions): Link {
  const redis = new Redis(options.url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: options.connectTimeoutMs,
    // Keep reconnecting, at most once a second: the budget comes back when Redis does.
    retryStrategy: (times) => Math.min(50 * times, 1000),
  }) as ScriptedRedis;
  redis.defineCommand('atenderReserve', { numberOfKeys: 2, lua: RESERVE_SCRIPT });
  redis.defineCommand('atenderSettle', { numberOfKeys: 2, lua: SETTLE_SCRIPT });
  // ioredis reports connection errors as events; the link reports them once, as a fallback.
  redis.on('error', () => {});
  let closed = false;
  let down = false;
  let nextCheck = 0;
  let checking = false;
  const connected = redis.connect().then(
    () => true,
    () => false,
  );
  let firstWait: Promise<unknown> | undefined = Promise.race([
    connected,
    new Promise((resolve) => setTimeout(resolve, options.connectTimeoutMs).unref()),
  ]);

  const markDown = (error: unknown): void => {
    if (down || closed) return;
    down = true;
    nextCheck = options.now() + options.recheckMs;
    options.warn(`The Redis pacing store failed (${reasonOf(error)}); pacing locally in this process until Redis answers again.`);
  };
  const recheck = (): void => {
    if (checking || closed || options.now() < nextCheck) return;
    checking = true;
    nextCheck = options.now() + options.recheckMs;
    withTimeout(redis.ping(), options.commandTimeoutMs).then(
      () => {
        down = false;
        checking = false;
      },
      () => {
        checking = false;
      },
    );
  };
  const run = async <T>(command: () => Promise<T>, late?: (value: T) => void): Promise<T> => {
    // The very first command waits (bounded) for the connection the store opened at creation.
    if (firstWait) {
      await firstWait;
      firstWait = undefined;
    }
    try {
      return await withTimeout(command(), options.commandTimeoutMs, late);
    } catch (error) {
      markDown(error);
      throw error;
    }
  };

  return {
    usable() {
      if (closed) return false;
      if (down) recheck();
      return !down;
    },
    reserve: (keys, args, late) =>
      run(async () => {
        const [granted, waitMs, observed] = await redis.atenderReserve(keys[0], keys[1], ...args);
        return { granted: Number(granted), waitMs: Number(waitMs), observed: Number(observed) };
      }, late),
    settle: (keys, args) =>
      run(async () => {
        await redis.atenderSettle(keys[0], keys[1], ...args);
      }),
    async close() {
      closed = true;
      await connected;
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
