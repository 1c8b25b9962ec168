import { formatRateLimitHeaders, type RateLimitWindowState } from '@atender/contract';
import { refuse } from '../problem.js';
import type { RateLimiter } from '../rate-limiter.js';
import { fail, pass, type RuleOutcome } from './rule.js';

/** Who is limited, by which tier, how much this call costs. */
export interface RateLimitSubject {
  readonly id: string;
  readonly tier: string;
  readonly cost: number;
}

/**
 * Rule 8: the key's windows have `cost` units left; spends them. Passes with the windows' state
 * for the headers; refuses `RATE_LIMITED` (429) with `Retry-After` and the problem members.
 */
export function checkRateLimit(limiter: RateLimiter, subject: RateLimitSubject, now: number): RuleOutcome<readonly RateLimitWindowState[]> {
  const result = limiter.consume(subject.id, subject.tier, subject.cost, now);
  if (result.ok) return pass(result.windows);
  const { name, limit, retryAfterSeconds } = result.blocked;
  return fail(
    refuse('RATE_LIMITED', `The ${name} budget of ${limit} requests is spent; retry in ${retryAfterSeconds} s.`, {
      extensions: { window: name, limit, retryAfterSeconds },
      headers: { ...formatRateLimitHeaders(result.windows), 'Retry-After': String(retryAfterSeconds) },
    }),
  );
}
