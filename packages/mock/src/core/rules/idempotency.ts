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

function fingerprintText(facts: IdempotencyFacts): string {
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
 * The SHA-256 of what identifies the request, in hex: a record keeps 64 characters for 24 h,
 * not the request's whole body (up to 1 MiB).
 */
async function fingerprint(facts: IdempotencyFacts): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(fingerprintText(facts)));
  // join, not +=: one flat string, not a rope of 32 pieces held for 24 h.
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Rule 9: a POST with an `Idempotency-Key` either runs for the first time (claim `new`), replays
 * the first answer (claim `replay`), or reuses the key with another request: refused
 * `IDEMPOTENCY_KEY_REUSED` (409). Passes with no claim when the rule does not apply.
 */
export async function checkIdempotency(store: IdempotencyStore, facts: IdempotencyFacts): Promise<RuleOutcome<ActiveClaim | undefined>> {
  if (facts.method !== 'POST' || !usable(facts.key) || facts.body.kind === 'too-large') return pass(undefined);
  const scope = [facts.tenantId, facts.environment, facts.key].join('\u0000');
  const digest = await fingerprint(facts);
  // The claim itself is one synchronous step (after the digest), so of two concurrent first uses exactly one runs.
  const claim = store.begin(scope, digest, facts.now);
  if (claim.kind === 'reused') {
    return fail(
      refuse('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used with another request body or endpoint in the last 24 hours.'),
    );
  }
  return pass(claim);
}
