/**
 * The rule pipeline, written once and run for every operation, in the real server's order:
 * credential form → credential status → tenant → environment → IP/origin allow-lists →
 * visibility → scope → rate limit → idempotency → request validation → the operation.
 * Every rule reads the generated operation table; nothing here lists operations by hand.
 */
import { environmentOfHost, findOperation, formatRateLimitHeaders, type OperationRule } from '@atender/contract';
import { corsHeaders, preflightResponse } from './cors.js';
import type { IdempotencyStore } from './idempotency.js';
import { isLoopback } from './ip.js';
import type { KeyUsageTracker } from './key-usage.js';
import type { KeyRegistry } from './keys.js';
import { randomBase62 } from './prng.js';
import { problemResult, refuse } from './problem.js';
import type { RateLimiter } from './rate-limiter.js';
import { toResponse } from './response.js';
import { checkAllowLists } from './rules/allow-list.js';
import { checkCredentialForm, type PresentedCredential } from './rules/credential-form.js';
import { checkCredentialStatus } from './rules/credential-status.js';
import { checkEnvironment } from './rules/environment.js';
import { checkRateLimit, type RateLimitSubject } from './rules/rate-limit.js';
import type { RequestFacts, RuleOutcome } from './rules/rule.js';
import { checkScope } from './rules/scope.js';
import { checkTenantStatus } from './rules/tenant-status.js';
import { checkVisibility } from './rules/visibility.js';
import { runOperation } from './run-operation.js';
import type { SessionIssuer } from './session-tokens.js';
import type { MockStore } from './store.js';
import type { TenantRegistry } from './tenants.js';
import type { Caller, MockClock, OperationHandler } from './types.js';
import type { WebhookDispatcher } from './webhook-dispatcher.js';

/** What the pipeline needs from the mock it belongs to. */
export interface PipelineDeps {
  readonly keys: KeyRegistry;
  readonly tenants: TenantRegistry;
  readonly sessions: SessionIssuer;
  readonly limiter: RateLimiter;
  readonly idempotency: IdempotencyStore;
  readonly store: MockStore;
  readonly clock: MockClock;
  /** The simulated peer address. */
  readonly clientIp: string;
  /** Used as `Origin` when a request sends none (Node has no page origin). */
  readonly origin: string | null;
  readonly maxBodyBytes: number;
  /** What to do when an operation's answer does not match the spec. */
  readonly responseCheck: 'error' | 'warn' | 'off';
  /** Delivers the webhook events that writes emit. */
  readonly webhooks: WebhookDispatcher;
  /** Counts every request a key authenticated (`getApiKeyUsage`). */
  readonly usage: KeyUsageTracker;
}

/**
 * The client address: the peer, or the first `X-Forwarded-For` hop when the peer is loopback
 * (a local proxy, the sandbox server, or a test simulating a caller).
 */
function clientIpOf(request: Request, peer: string): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded && isLoopback(peer) ? forwarded : peer;
}

function factsOf(request: Request, url: URL, operation: OperationRule, deps: PipelineDeps, requestId: string): RequestFacts {
  return {
    requestId,
    method: request.method.toUpperCase(),
    url,
    hostEnvironment: environmentOfHost(url.host) ?? 'sandbox',
    operation,
    authorization: request.headers.get('authorization'),
    apiKeyHeader: request.headers.get('x-api-key'),
    clientIp: clientIpOf(request, deps.clientIp),
    origin: request.headers.get('origin') ?? deps.origin,
    now: deps.clock.now(),
  };
}

/** Rules 1–3; their refusals are 401s. */
async function authenticate(facts: RequestFacts, deps: PipelineDeps): Promise<RuleOutcome<PresentedCredential & { caller: Caller }>> {
  const form = checkCredentialForm(facts);
  if (!form.ok) return form;
  const status = await checkCredentialStatus(form.value.credential, deps, facts.now);
  if (!status.ok) return status;
  const tenant = checkTenantStatus(status.value, deps.tenants);
  if (!tenant.ok) return tenant;
  return { ok: true, value: { ...form.value, caller: status.value } };
}

/** Rules 4–7; their refusals are 403s and carry the (unspent) rate-limit state. */
function authorize(facts: RequestFacts, presented: PresentedCredential & { caller: Caller }): RuleOutcome {
  const steps = [
    () => checkEnvironment(presented.caller, facts.hostEnvironment),
    () => checkAllowLists(presented.caller, facts),
    () => checkVisibility(facts.operation, presented.scheme),
    () => checkScope(facts.operation, presented.caller.scopes),
  ];
  for (const step of steps) {
    const outcome = step();
    if (!outcome.ok) return outcome;
  }
  return { ok: true, value: undefined };
}

function subjectOf(caller: Caller, operation: OperationRule): RateLimitSubject {
  // Sessions are limited per user on the standard tier; keys per key on their own tier.
  if (caller.kind === 'session') return { id: `session:${caller.tenantId}:${caller.userId}`, tier: 'standard', cost: operation.cost };
  return { id: `key:${caller.key.id}`, tier: caller.key.tier, cost: operation.cost };
}

/** The pipeline proper; may throw only on a mock bug, which {@link handleApiRequest} answers. */
async function answerApiRequest(
  request: Request,
  url: URL,
  deps: PipelineDeps,
  resolve: OperationHandler,
  requestId: string,
): Promise<Response> {
  const cors = corsHeaders(request.headers.get('origin'));
  if (request.method === 'OPTIONS') return preflightResponse(request, requestId);
  const operation = findOperation(request.method, url.pathname);
  if (!operation) {
    const refusal = refuse('NOT_FOUND', `The API has no ${request.method.toUpperCase()} ${url.pathname}.`);
    return toResponse(problemResult(refusal, requestId), { requestId, cors });
  }
  const facts = factsOf(request, url, operation, deps, requestId);
  const auth = await authenticate(facts, deps);
  if (!auth.ok) return toResponse(problemResult(auth.refusal, requestId), { requestId, cors });
  const response = await answerAuthenticated(request, facts, auth.value, deps, resolve, cors);
  const { caller } = auth.value;
  // Usage belongs to keys (sessions have none); counted once the answer, 429 or not, is known.
  if (caller.kind !== 'session') {
    const { clientIp, now } = facts;
    deps.usage.record({ keyId: caller.key.id, operationId: operation.operationId, status: response.status, clientIp, now });
  }
  return response;
}

/** Rules 4 onwards, for a caller the credential rules accepted. */
async function answerAuthenticated(
  request: Request,
  facts: RequestFacts,
  presented: PresentedCredential & { caller: Caller },
  deps: PipelineDeps,
  resolve: OperationHandler,
  cors: ReturnType<typeof corsHeaders>,
): Promise<Response> {
  const { requestId, operation } = facts;
  const subject = subjectOf(presented.caller, operation);
  const allowed = authorize(facts, presented);
  if (!allowed.ok) {
    const rateLimit = formatRateLimitHeaders(deps.limiter.peek(subject.id, subject.tier, facts.now));
    return toResponse(problemResult(allowed.refusal, requestId), { requestId, cors, rateLimit });
  }
  const limited = checkRateLimit(deps.limiter, subject, facts.now);
  if (!limited.ok) return toResponse(problemResult(limited.refusal, requestId), { requestId, cors });
  const rateLimit = formatRateLimitHeaders(limited.value);
  return runOperation({ request, facts, caller: presented.caller, deps, resolve, common: { requestId, cors, rateLimit } });
}

/**
 * Answers one API request: runs every rule, then `resolve` (the operation's handler or a test's
 * override). Unknown paths answer 404 `NOT_FOUND`; `OPTIONS` answers the CORS preflight. Never
 * throws: a failure of the mock itself is a 500 problem with the request's `X-Request-Id`.
 */
export async function handleApiRequest(request: Request, deps: PipelineDeps, resolve: OperationHandler): Promise<Response> {
  const requestId = `req_${randomBase62(16)}`;
  try {
    return await answerApiRequest(request, new URL(request.url), deps, resolve, requestId);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return toResponse(problemResult(refuse('INTERNAL_ERROR', `The mock failed answering this request: ${reason}`), requestId), {
      requestId,
      cors: {},
    });
  }
}
