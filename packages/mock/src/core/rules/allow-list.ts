import { ipMatches } from '../ip.js';
import { refuse } from '../problem.js';
import type { Caller } from '../types.js';
import { fail, pass, type RequestFacts, type RuleOutcome } from './rule.js';

/** Compares origins as browsers send them: scheme, host and port, no path, any case. */
function sameOrigin(a: string, b: string): boolean {
  return a.trim().replace(/\/+$/, '').toLowerCase() === b.trim().replace(/\/+$/, '').toLowerCase();
}

/**
 * Rule 5: the client IP is on the key's IP allow-list (when it has one) and, for publishable
 * keys, the `Origin` is on the key's origin allow-list. Refuses `IP_NOT_ALLOWED` /
 * `ORIGIN_NOT_ALLOWED` (403). Sessions carry no allow-lists.
 */
export function checkAllowLists(caller: Caller, facts: Pick<RequestFacts, 'clientIp' | 'origin'>): RuleOutcome {
  if (caller.kind === 'session') return pass();
  const { allowedIps, allowedOrigins } = caller.key;
  if (allowedIps && !allowedIps.some((entry) => ipMatches(facts.clientIp, entry))) {
    return fail(refuse('IP_NOT_ALLOWED', `Requests from ${facts.clientIp} are not on this key's IP allow-list.`));
  }
  if (caller.kind === 'publishable') {
    const origin = facts.origin;
    if (origin === null)
      return fail(
        refuse('ORIGIN_NOT_ALLOWED', 'Publishable keys only work from a browser page on an allow-listed origin; no Origin was sent.'),
      );
    if (!(allowedOrigins ?? []).some((allowed) => sameOrigin(allowed, origin))) {
      return fail(refuse('ORIGIN_NOT_ALLOWED', `The origin ${origin} is not on this publishable key's allow-list.`));
    }
  }
  return pass();
}
