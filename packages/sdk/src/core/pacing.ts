/**
 * Client-side pacing: spreads calls over the rate-limit budget the server reports, so a burst
 * of concurrent calls waits for the window to reset instead of collecting 429s.
 *
 * Rules: budget known and left → go at once; budget unknown → go at once, except that while the
 * very first call of a client is in flight, concurrent calls wait for its answer to learn the
 * budget (one more call goes every `probeWaitMs` while that answer is late); budget known and
 * spent → wait for the reset, unless that wait is longer than the caller's `maxWaitMs` (then the
 * server decides). That bound holds for calls already queued too: when an answer pushes the
 * reset past what a waiting call accepts (a 429 whose `Retry-After` is a spent daily budget),
 * the call goes at once and gets its `RateLimitError` at once, not when its total timeout ends. In-flight calls count against the remaining budget, and with nothing in
 * flight some budget always lets a call go, so a waiting call is always woken by a response, a
 * reset timer or the probe bound: no deadlock.
 *
 * The reset time is an upper bound (`t` is whole seconds), so the server's window may turn over
 * before it. An answer to a call sent after the answer that set the remaining budget, reporting
 * as much budget or more, proves that it did: the pacer then adopts the new window at once
 * instead of waiting out, or overspending, a stale one.
 */
import { parseRateLimitHeaders, parseRetryAfter } from '@atender/contract';
import { startTimer } from '../internal/sleep.js';

/** Headers as the pacer reads them. */
export interface HeaderSource {
  get(name: string): string | null;
}

/** Options of {@link createPacer}. */
export interface PacerOptions {
  /** @default Date.now */
  readonly now?: () => number;
  /** While a client's first answer is awaited, one more call goes per this many ms. @default 2000 */
  readonly probeWaitMs?: number;
}

/** Options of one {@link Pacer.acquire}. */
export interface PaceOptions {
  /** Budget units the call spends (the operation's `cost`). @default 1 */
  readonly cost?: number;
  readonly signal?: AbortSignal | undefined;
  /** A longer wait is not taken: the call goes and the server answers. @default Infinity */
  readonly maxWaitMs?: number;
}

/** A granted slot; release it with the answer's headers (or none for a failure without answer). */
export interface PacerPermit {
  release(headers?: HeaderSource, status?: number): void;
}

/** What the pacer believes, for tests and metrics. */
export interface PacerState {
  readonly remaining: number | undefined;
  readonly limit: number | undefined;
  readonly resetAt: number | undefined;
  readonly inFlight: number;
  readonly queued: number;
}

/** A scheduler shared by every call of one client. */
export interface Pacer {
  acquire(options?: PaceOptions): Promise<PacerPermit>;
  /**
   * The permit at once when the budget allows the call now and nobody is queued, else
   * `undefined` (then call {@link Pacer.acquire}). Lets a call that need not wait skip the
   * promise, and the caller skip making an abort signal it would never use.
   */
  tryAcquire?(cost?: number): PacerPermit | undefined;
  state(): PacerState;
}

/** What a permit remembers of its call's start. */
interface CallStart {
  readonly cost: number;
  /** How many answers the pacer had observed when the call went. */
  readonly observedBefore: number;
}

interface Waiter {
  readonly cost: number;
  readonly maxWaitMs: number;
  readonly grant: () => void;
  readonly detach: () => void;
}

/** The pacer's state machine; one instance per client. */
class RateLimitPacer implements Pacer {
  readonly #now: () => number;
  readonly #probeWaitMs: number;
  #remaining: number | undefined;
  #limit: number | undefined;
  #resetAt: number | undefined;
  #inFlight = 0;
  #learned = false;
  /** Answers observed so far; a permit remembers the count at its start, to order calls and answers. */
  #observed = 0;
  /** The value of `#observed` when the current `remaining` was reported. */
  #remainingFrom = 0;
  #probeUntil: number | undefined;
  #cancelTimer: (() => void) | undefined;
  readonly #queue: Waiter[] = [];

  constructor(options: PacerOptions) {
    this.#now = options.now ?? Date.now;
    this.#probeWaitMs = options.probeWaitMs ?? 2000;
  }

  acquire(pace: PaceOptions = {}): Promise<PacerPermit> {
    const cost = Math.max(0, pace.cost ?? 1);
    const signal = pace.signal;
    const maxWaitMs = pace.maxWaitMs ?? Number.POSITIVE_INFINITY;
    if (signal?.aborted) return Promise.reject(signal.reason);
    this.#refill();
    if (this.#queue.length === 0 && this.#canGo(cost)) return Promise.resolve(this.#take(cost));
    // A wait beyond what the caller accepts is not taken; the server answers (a 429 at worst).
    if (this.#waitMs() > maxWaitMs) return Promise.resolve(this.#take(cost));
    return new Promise<PacerPermit>((resolve, reject) => {
      const onAbort = (): void => {
        const index = this.#queue.indexOf(waiter);
        if (index >= 0) this.#queue.splice(index, 1);
        reject(signal?.reason);
        this.#drain();
      };
      const waiter: Waiter = {
        cost,
        maxWaitMs,
        grant: () => resolve(this.#take(cost)),
        detach: () => signal?.removeEventListener('abort', onAbort),
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#queue.push(waiter);
      // Not just a timer: this very call may have seen the reset pass and refilled the budget
      // before the pacer's timer ran, and then nothing else would serve the queue.
      this.#drain();
    });
  }

  tryAcquire(cost = 1): PacerPermit | undefined {
    const units = Math.max(0, cost);
    this.#refill();
    return this.#queue.length === 0 && this.#canGo(units) ? this.#take(units) : undefined;
  }

  state(): PacerState {
    this.#refill();
    return { remaining: this.#remaining, limit: this.#limit, resetAt: this.#resetAt, inFlight: this.#inFlight, queued: this.#queue.length };
  }

  #refill(): void {
    if (this.#resetAt !== undefined && this.#now() >= this.#resetAt) {
      this.#remaining = this.#limit;
      this.#resetAt = undefined;
    }
    // The first answer is late: let one more call go as a new probe (progress without a burst).
    if (!this.#learned && this.#probeUntil !== undefined && this.#now() >= this.#probeUntil) this.#probeUntil = undefined;
  }

  #canGo(cost: number): boolean {
    if (!this.#learned) return this.#probeUntil === undefined;
    const remaining = this.#remaining;
    if (remaining === undefined) return true;
    if (remaining - this.#inFlight >= cost) return true;
    // A call dearer than the whole limit never fits a window: with nothing else in flight it
    // goes, and the server decides. One that fits a fresh window waits for the reset.
    if (this.#inFlight === 0 && remaining > 0 && (this.#limit === undefined || cost > this.#limit)) return true;
    // Spent with no known reset: no timer would wake us, so once nothing is in flight, go.
    return this.#resetAt === undefined && this.#inFlight === 0;
  }

  #waitMs(): number {
    const until = this.#learned ? this.#resetAt : this.#probeUntil;
    return until === undefined ? 0 : Math.max(0, until - this.#now());
  }

  #take(cost: number): PacerPermit {
    if (!this.#learned && this.#probeUntil === undefined) this.#probeUntil = this.#now() + this.#probeWaitMs;
    this.#inFlight += cost;
    const call: CallStart = { cost, observedBefore: this.#observed };
    let released = false;
    return {
      release: (headers, status) => {
        if (released) return;
        released = true;
        this.#inFlight -= cost;
        this.#learned = true;
        if (headers) this.#observe(headers, status, call);
        this.#drain();
      },
    };
  }

  /** Whether an answer can only come from a newer server window than the one believed. */
  #turnedOver(reported: number, status: number | undefined, call: CallStart): boolean {
    if (status === 429 || this.#remaining === undefined) return false;
    // Sent after the budget was reported, so counted after it: in the same window it would
    // report at least its own cost less. Earlier calls may answer late with more; they prove nothing.
    return call.observedBefore >= this.#remainingFrom && reported + call.cost > this.#remaining;
  }

  #observe(headers: HeaderSource, status: number | undefined, call: CallStart): void {
    const at = this.#now();
    this.#observed += 1;
    const info = parseRateLimitHeaders(headers);
    if (info.limit !== undefined) this.#limit = info.limit;
    let reported = info.remaining;
    let reportedReset = info.resetSeconds === undefined ? undefined : at + info.resetSeconds * 1000;
    if (status === 429) {
      // A 429 says the budget is spent, and its Retry-After says for how long: that beats `t`.
      const retryAfter = parseRetryAfter(headers.get('retry-after'), at);
      reported = 0;
      if (retryAfter !== undefined) reportedReset = at + retryAfter;
    }
    if (reported === undefined) return;
    // Same window: budget only shrinks, and answers may arrive out of order. Every reset
    // estimate is at or after the true reset (whole seconds, rounded up), so the earliest wins.
    if (this.#resetAt !== undefined && at < this.#resetAt && !this.#turnedOver(reported, status, call)) {
      if (this.#remaining === undefined || reported < this.#remaining) this.#setRemaining(reported);
      if (reportedReset !== undefined) this.#resetAt = status === 429 ? reportedReset : Math.min(this.#resetAt, reportedReset);
    } else {
      this.#setRemaining(reported);
      this.#resetAt = reportedReset;
    }
  }

  #setRemaining(remaining: number): void {
    this.#remaining = remaining;
    this.#remainingFrom = this.#observed;
  }

  #drain(): void {
    this.#refill();
    while (this.#queue.length > 0 && this.#canGo(this.#queue[0]?.cost ?? 1)) {
      const waiter = this.#queue.shift();
      waiter?.detach();
      waiter?.grant();
    }
    this.#releaseImpatient();
    this.#schedule();
  }

  /** Lets go every queued call that would now wait longer than it accepts (the rule of `acquire`). */
  #releaseImpatient(): void {
    const waitMs = this.#waitMs();
    if (waitMs === 0) return;
    for (const waiter of this.#queue.filter((w) => waitMs > w.maxWaitMs)) {
      this.#queue.splice(this.#queue.indexOf(waiter), 1);
      waiter.detach();
      waiter.grant();
    }
  }

  #schedule(): void {
    this.#cancelTimer?.();
    this.#cancelTimer = undefined;
    if (this.#queue.length === 0) return;
    const wake = this.#learned ? this.#resetAt : this.#probeUntil;
    // Without a wake-up time, an in-flight answer will drain the queue.
    if (wake === undefined) return;
    this.#cancelTimer = startTimer(() => this.#drain(), wake - this.#now());
  }
}

/**
 * Creates the pacer of one client.
 *
 * @example
 * const permit = await pacer.acquire({ cost: 1, signal });
 * const response = await fetch(request);
 * permit.release(response.headers, response.status);
 */
export function createPacer(options: PacerOptions = {}): Pacer {
  return new RateLimitPacer(options);
}
