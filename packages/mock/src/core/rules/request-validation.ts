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

type ParsedBody = { ok: true; value: { value: unknown } | undefined } | { ok: false; path: string; message: string };

// Only a number with a 3-digit exponent or 309+ digits can parse to ±Infinity: the walk is skipped otherwise.
const MAYBE_HUGE = /[eE]\+?\d{3}|\d{309}/;

/** The JSON pointer of the first number JSON.parse turned into ±Infinity (`1e400`), if any. */
function nonFinitePath(root: unknown): string | undefined {
  // Iterative: a body nested 100 000 deep must not overflow the stack.
  const pending: [unknown, string][] = [[root, '/body']];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [value, path] = next;
    if (typeof value === 'number' && !Number.isFinite(value)) return path;
    if (value === null || typeof value !== 'object') continue;
    const entries = Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i] as [string, unknown];
      pending.push([item, `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`]);
    }
  }
  return undefined;
}

function parseBody(body: BodyRead): ParsedBody {
  if (body.kind !== 'text') return { ok: true, value: undefined };
  if (!isJson(body.contentType)) return { ok: false, path: '/body', message: 'must be sent with Content-Type: application/json' };
  let value: unknown;
  try {
    value = JSON.parse(body.text);
  } catch {
    return { ok: false, path: '/body', message: 'must be valid JSON' };
  }
  // JSON has no Infinity: answering it would serialize as null, which is not what was sent.
  const huge = MAYBE_HUGE.test(body.text) ? nonFinitePath(value) : undefined;
  if (huge !== undefined) return { ok: false, path: huge, message: 'must be a finite number' };
  return { ok: true, value: { value } };
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
  // A body that is not usable JSON also fails the schema check of `undefined`; report why it is unusable only.
  const others = result.ok ? [] : result.errors;
  const shown = body.ok ? others : [{ path: body.path, message: body.message }, ...others.filter((e) => e.path !== '/body')];
  if (shown.length > 0) {
    const summary = shown.map((e) => `${e.path} ${e.message}`).join('; ');
    return fail(refuse('VALIDATION_FAILED', `The request does not match the API schema: ${summary}.`, { extensions: { errors: shown } }));
  }
  return pass({ query: result.ok ? result.query : {}, body: body.ok ? body.value?.value : undefined });
}
