/**
 * The last steps of the pipeline, after the rate limit: idempotency (rule 9), request
 * validation (rule 10), the operation itself, and the check of its answer against the spec.
 */
import type { OperationId } from '@atender/contract';
import type { PipelineDeps } from './pipeline.js';
import { problemResult, refuse } from './problem.js';
import { type BodyRead, readBody } from './request-body.js';
import { type CommonHeaders, toResponse } from './response.js';
import { type ActiveClaim, checkIdempotency } from './rules/idempotency.js';
import { checkRequest } from './rules/request-validation.js';
import type { RequestFacts, RuleOutcome } from './rules/rule.js';
import type { Caller, HandlerResult, OperationContext, OperationHandler } from './types.js';
import { validateResponse } from './validation.js';

/** Everything the last steps need. */
export interface RunOperationInput {
  readonly request: Request;
  readonly facts: RequestFacts;
  readonly caller: Caller;
  readonly deps: PipelineDeps;
  readonly resolve: OperationHandler;
  readonly common: CommonHeaders;
}

/** Path parameters by name, from the templated path and the concrete one. */
export function pathParams(template: string, pathname: string): Record<string, string> {
  const names = template.split('/');
  const values = pathname.replace(/\/+$/, '').split('/');
  const params: Record<string, string> = {};
  names.forEach((segment, i) => {
    const name = /^\{([^{}]+)\}$/.exec(segment)?.[1];
    if (name === undefined) return;
    const raw = values[i] ?? '';
    try {
      params[name] = decodeURIComponent(raw);
    } catch {
      params[name] = raw;
    }
  });
  return params;
}

/** Claims the idempotency key; waits out a concurrent first use and replays its answer. */
async function claimKey(input: RunOperationInput, body: BodyRead): Promise<RuleOutcome<ActiveClaim | undefined>> {
  const { facts, caller, deps } = input;
  for (;;) {
    const outcome = await checkIdempotency(deps.idempotency, {
      method: facts.method,
      key: input.request.headers.get('idempotency-key'),
      tenantId: caller.tenantId,
      environment: caller.environment,
      operationId: facts.operation.operationId,
      path: facts.url.pathname,
      body,
      now: facts.now,
    });
    if (!outcome.ok || outcome.value?.kind !== 'replay') return outcome;
    // The first request stored nothing (it failed validation): this one runs for real.
    if ((await outcome.value.answer) !== undefined) return outcome;
  }
}

/** Applies the response check: a handler answer outside the spec is a mock bug, not a valid reply. */
function checked(result: HandlerResult, input: RunOperationInput): HandlerResult {
  if (input.deps.responseCheck === 'off') return result;
  const verdict = validateResponse(input.facts.operation.operationId, result.status, result.body);
  if (verdict.ok) return result;
  const message = `The mock's answer to ${input.facts.operation.operationId} does not match the spec: ${verdict.errors.slice(0, 5).join('; ')}`;
  if (input.deps.responseCheck === 'warn') {
    console.warn(`[atender-mock] ${message}`);
    return result;
  }
  return problemResult(refuse('INTERNAL_ERROR', message), input.facts.requestId);
}

async function execute(input: RunOperationInput, ctx: OperationContext): Promise<HandlerResult> {
  try {
    return checked(await input.resolve(ctx), input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return problemResult(refuse('INTERNAL_ERROR', `The mock failed answering ${ctx.operationId}: ${reason}`), ctx.requestId);
  }
}

/** Rules 9 and 10, then the operation. */
export async function runOperation(input: RunOperationInput): Promise<Response> {
  const { facts, deps, common } = input;
  const body = await readBody(input.request, deps.maxBodyBytes);
  const claim = await claimKey(input, body);
  if (!claim.ok) return toResponse(problemResult(claim.refusal, facts.requestId), common);
  if (claim.value?.kind === 'replay') {
    const first = (await claim.value.answer) as HandlerResult;
    return toResponse(first, { ...common, extra: { 'Idempotent-Replayed': 'true' } });
  }
  const fresh = claim.value;
  const params = pathParams(facts.operation.path, facts.url.pathname);
  const valid = checkRequest({
    operationId: facts.operation.operationId,
    params,
    query: facts.url.searchParams,
    headers: input.request.headers,
    body,
    maxBodyBytes: deps.maxBodyBytes,
  });
  if (!valid.ok) {
    fresh?.release();
    return toResponse(problemResult(valid.refusal, facts.requestId), common);
  }
  const result = await execute(input, {
    request: input.request,
    url: facts.url,
    operation: facts.operation,
    operationId: facts.operation.operationId as OperationId,
    params,
    query: valid.value.query,
    body: valid.value.body,
    caller: input.caller,
    store: deps.store.for(input.caller.tenantId, input.caller.environment),
    requestId: facts.requestId,
    now: facts.now,
    webhooks: deps.webhooks.outbox(deps.store.for(input.caller.tenantId, input.caller.environment)),
    usage: deps.usage,
  });
  // Server errors are not remembered: a retry with the same key should get a real second chance.
  if (result.status >= 500) fresh?.release();
  else fresh?.complete(result);
  return toResponse(result, common);
}
