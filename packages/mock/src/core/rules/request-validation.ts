import { refuse } from '../problem.js';
import type { BodyRead } from '../request-body.js';
import { validateRequest } from '../validation.js';
import { fail, pass, type RuleOutcome } from './rule.js';

/** The request as validation sees it. */
export interface ValidationFacts {
  readonly operationId: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: Headers;
  readonly body: BodyRead;
  readonly maxBodyBytes: number;
}

/** The request after validation: coerced query and parsed body. */
export interface ValidRequest {
  readonly query: Readonly<Record<string, unknown>>;
  readonly body: unknown;
}

const isJson = (contentType: string | null): boolean => /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(contentType ?? '');

type ParsedBody = { ok: true; value: { value: unknown } | undefined } | { ok: false; message: string };

function parseBody(body: BodyRead): ParsedBody {
  if (body.kind !== 'text') return { ok: true, value: undefined };
  if (!isJson(body.contentType)) return { ok: false, message: 'must be sent with Content-Type: application/json' };
  try {
    return { ok: true, value: { value: JSON.parse(body.text) as unknown } };
  } catch {
    return { ok: false, message: 'must be valid JSON' };
  }
}

/**
 * Rule 10: the request matches the spec. Refuses `PAYLOAD_TOO_LARGE` (413) over the body limit,
 * else `VALIDATION_FAILED` (400) with one `{ path, message }` per failing field.
 */
export function checkRequest(facts: ValidationFacts): RuleOutcome<ValidRequest> {
  if (facts.body.kind === 'too-large') {
    return fail(refuse('PAYLOAD_TOO_LARGE', `The body is ${facts.body.bytes} bytes; the limit is ${facts.maxBodyBytes} bytes (1 MiB).`));
  }
  const body = parseBody(facts.body);
  const result = validateRequest(facts.operationId, {
    params: facts.params,
    query: facts.query,
    headers: facts.headers,
    body: body.ok ? body.value : { value: undefined },
  });
  const errors = [...(body.ok ? [] : [{ path: '/body', message: body.message }]), ...(result.ok ? [] : result.errors)];
  // A body that is not JSON also fails the schema check of `undefined`; report the JSON error only.
  const shown = body.ok ? errors : errors.filter((e) => !(e.path === '/body' && e.message !== body.message));
  if (shown.length > 0) {
    const summary = shown.map((e) => `${e.path} ${e.message}`).join('; ');
    return fail(refuse('VALIDATION_FAILED', `The request does not match the API schema: ${summary}.`, { extensions: { errors: shown } }));
  }
  return pass({ query: result.ok ? result.query : {}, body: body.ok ? body.value?.value : undefined });
}
