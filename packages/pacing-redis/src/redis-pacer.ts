/**
 * The pacer of one budget over Redis. Calls queue here in order; the queue's head asks Redis
 * for as many of them as the shared budget allows in one script run, and waits for the reset
 * (or for an answer, from any process) to ask again. When Redis fails, the queue and every
 * new call move to an in-memory pacer of this process (the SDK's own) until Redis is back.
 */
import { createPacer, type HeaderSource, type PaceOptions, type Pacer, type PacerPermit, type PacerState } from '@atender/sdk';
import type { Link, Reservation } from './link.js';
import { observationOf } from './observation.js';

/** Settings of one budget's pacer. */
export interface RedisPacerConfig {
  readonly link: Link;
  /** The state hash and the in-flight set of this budget. */
  readonly keys: readonly [string, string];
  readonly leaseMs: number;
  readonly probeWaitMs: number;
  readonly now: () => number;
  /** Unique per pacer, so reservation ids of processes never collide. */
  readonly reservationPrefix: string;
}

interface Waiter {
  readonly cost: number;
  readonly maxWaitMs: number;
  readonly options: PaceOptions;
  readonly resolve: (permit: PacerPermit) => void;
  readonly reject: (reason: unknown) => void;
  readonly detach: () => void;
}

/** Reservations per script run, so one run stays short however long the queue is. */
const BATCH = 64;
/** Bounds of the re-ask interval while waiting; other processes' answers can free budget early. */
const MIN_POLL_MS = 10;
const MAX_POLL_MS = 1000;

/** How long to wait before asking Redis again, given its `waitMs`. */
function pollDelay(waitMs: number): number {
  if (waitMs < 0) return MIN_POLL_MS * 2;
  return Math.min(waitMs, Math.max(MIN_POLL_MS, Math.min(MAX_POLL_MS, waitMs / 20)));
}

/** A {@link Pacer} whose budget lives in Redis, with a local fallback. */
export class RedisPacer implements Pacer {
  readonly #config: RedisPacerConfig;
  readonly #queue: Waiter[] = [];
  #local: Pacer | undefined;
  #reservations = 0;
  #inFlight = 0;
  #asking = false;
  #askAgain = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(config: RedisPacerConfig) {
    this.#config = config;
  }

  acquire(options: PaceOptions = {}): Promise<PacerPermit> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (!this.#config.link.usable()) return this.#acquireLocally(options);
    return new Promise<PacerPermit>((resolve, reject) => {
      const onAbort = (): void => {
        const index = this.#queue.indexOf(waiter);
        if (index >= 0) this.#queue.splice(index, 1);
        reject(signal?.reason);
      };
      const waiter: Waiter = {
        cost: Math.max(0, options.cost ?? 1),
        maxWaitMs: options.maxWaitMs ?? Number.POSITIVE_INFINITY,
        options,
        resolve,
        reject,
        detach: () => signal?.removeEventListener('abort', onAbort),
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#queue.push(waiter);
      void this.#ask();
    });
  }

  state(): PacerState {
    const local = this.#local?.state();
    return {
      remaining: undefined,
      limit: undefined,
      resetAt: undefined,
      inFlight: this.#inFlight + (local?.inFlight ?? 0),
      queued: this.#queue.length + (local?.queued ?? 0),
    };
  }

  #acquireLocally(options: PaceOptions): Promise<PacerPermit> {
    this.#local ??= createPacer({ now: this.#config.now, probeWaitMs: this.#config.probeWaitMs });
    return this.#local.acquire(options);
  }

  /** Asks Redis for the queue's head; one request at a time, repeated while there is news. */
  async #ask(): Promise<void> {
    if (this.#asking) {
      this.#askAgain = true;
      return;
    }
    this.#asking = true;
    clearTimeout(this.#timer);
    try {
      do {
        this.#askAgain = false;
        if (this.#queue.length === 0) return;
        if (!this.#config.link.usable()) return this.#moveQueueToLocal();
        const batch = this.#queue.slice(0, BATCH);
        const id = `${this.#config.reservationPrefix}:${++this.#reservations}`;
        let answer: Reservation;
        try {
          const args = [this.#config.now(), this.#config.leaseMs, this.#config.probeWaitMs, id, ...batch.map((w) => w.cost)];
          // Granted after the timeout, when this queue has moved on: give the shares back.
          const late = (reservation: Reservation) => {
            for (const [i, waiter] of batch.slice(0, reservation.granted).entries()) {
              void this.#settle(`${id}:${i + 1}|${waiter.cost}`, waiter.cost, reservation.observed, undefined, undefined);
            }
          };
          answer = await this.#config.link.reserve(this.#config.keys, args, late);
        } catch {
          return this.#moveQueueToLocal();
        }
        for (const [i, waiter] of batch.slice(0, answer.granted).entries()) {
          const member = `${id}:${i + 1}|${waiter.cost}`;
          const index = this.#queue.indexOf(waiter);
          // Aborted while Redis answered: its share goes back at once.
          if (index < 0) {
            void this.#settle(member, waiter.cost, answer.observed, undefined, undefined);
            continue;
          }
          this.#queue.splice(index, 1);
          waiter.detach();
          waiter.resolve(this.#permit(member, waiter.cost, answer.observed));
        }
        if (this.#queue.length > 0 && !this.#askAgain) this.#wait(answer.waitMs);
      } while (this.#askAgain);
    } finally {
      this.#asking = false;
    }
  }

  /** Lets go the calls that would wait longer than they accept (the server decides), then sleeps. */
  #wait(waitMs: number): void {
    if (waitMs > 0) {
      for (const waiter of this.#queue.filter((w) => waitMs > w.maxWaitMs)) {
        this.#queue.splice(this.#queue.indexOf(waiter), 1);
        waiter.detach();
        waiter.resolve(this.#permit('', waiter.cost, 0));
      }
    }
    if (this.#queue.length === 0) return;
    this.#timer = setTimeout(() => void this.#ask(), pollDelay(waitMs));
  }

  #moveQueueToLocal(): void {
    for (const waiter of this.#queue.splice(0)) {
      waiter.detach();
      this.#acquireLocally(waiter.options).then(waiter.resolve, waiter.reject);
    }
  }

  #permit(member: string, cost: number, observed: number): PacerPermit {
    this.#inFlight += 1;
    let released = false;
    return {
      release: (headers, status) => {
        if (released) return;
        released = true;
        this.#inFlight -= 1;
        void this.#settle(member, cost, observed, headers, status);
      },
    };
  }

  /** Frees a call's share and teaches Redis its answer; then the queue may go on. */
  async #settle(
    member: string,
    cost: number,
    observed: number,
    headers: HeaderSource | undefined,
    status: number | undefined,
  ): Promise<void> {
    const now = this.#config.now();
    const seen = observationOf(headers, status, now);
    const limits = seen.limits.map(([name, limit, length]) => `${name}=${limit}=${length}`).join(';');
    const args = [now, member, cost, observed, status ?? 0, seen.window, seen.remaining ?? '', seen.resetAt ?? '', limits];
    try {
      await this.#config.link.settle(this.#config.keys, args);
    } catch {
      // The lease of this call ends on its own; the queue moves to local pacing below.
    }
    void this.#ask();
  }
}
