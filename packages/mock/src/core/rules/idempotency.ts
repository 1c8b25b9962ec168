import { canonicalJson, type IdempotencyClaim, type IdempotencyStore } from '../idempotency.js';
import { refuse } from '../problem.js';
import type { BodyRead } from '../request-body.js';
import { fail, pass, type RuleOutcome } from './rule.js';

/** What identifies an idempotent request. */
export interface IdempotencyFacts {
  readonly method: string;
  /** The `Idempotency-Key` header. */
  readonly key: string | null;
  readonly tenantId: string;
  readonly environment: string;
  readonly operationId: string;
  readonly path: string;
  readonly body: BodyRead;
  readonly now: number;
}

/** A claim the request goes on with: run it (`new`) or replay the first answer (`replay`). */
export type ActiveClaim = Exclude<IdempotencyClaim, { kind: 'reused' }>;

// Keys outside the spec's 1–255 characters are left to request validation, which names the field.
const usable = (key: string | null): key is string => key !== null && key.length >= 1 && key.length <= 255;

function fingerprint(facts: IdempotencyFacts): string {
  if (facts.body.kind !== 'text') return `${facts.operationId} ${facts.path} -`;
  let body: string;
  try {
    body = canonicalJson(JSON.parse(facts.body.text));
  } catch {
    body = facts.body.text;
  }
  return `${facts.operationId} ${facts.path} ${body}`;
}

/**
 * Rule 9: a POST with an `Idempotency-Key` either runs for the first time (claim `new`), replays
 * the first answer (claim `replay`), or reuses the key with another request: refused
 * `IDEMPOTENCY_KEY_REUSED` (409). Passes with no claim when the rule does not apply.
 */
export function checkIdempotency(store: IdempotencyStore, facts: IdempotencyFacts): RuleOutcome<ActiveClaim | undefined> {
  if (facts.method !== 'POST' || !usable(facts.key) || facts.body.kind === 'too-large') return pass(undefined);
  const scope = `${facts.tenantId}\u0000${facts.environment}\u0000${facts.key}`;
  const claim = store.begin(scope, fingerprint(facts), facts.now);
  if (claim.kind === 'reused') {
    return fail(
      refuse('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used with another request body or endpoint in the last 24 hours.'),
    );
  }
  return pass(claim);
}
