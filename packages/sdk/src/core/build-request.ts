/**
 * Builds a call's request once, from openapi-fetch's call shape (`params`, `body`, `headers`)
 * with openapi-fetch's own serializers: the URL, a plain header record and a body that can be
 * sent again on a retry. ky turns it into the one `Request` of each attempt; nothing here builds
 * a `Request`, a `Headers` or a body copy.
 */
import { OPERATION_COSTS, WIDGET_OPERATIONS } from '@atender/contract';
import {
  createFinalURL,
  createQuerySerializer,
  defaultBodySerializer,
  defaultPathSerializer,
  type QuerySerializerOptions,
} from 'openapi-fetch';
import { randomUuid } from '../internal/environment.js';
import { isSensitiveHeader } from '../internal/redact.js';
import { ConfigurationError } from './errors/client-errors.js';

/** A request ready to be sent any number of times. */
export interface PreparedRequest {
  /** Upper case. */
  readonly method: string;
  /** The templated path the caller named (`/api/v1/kb/articles/{articleId}`). */
  readonly path: string;
  readonly url: string;
  /** Every header but the credential (added per attempt), names lower-cased. */
  readonly headers: Readonly<Record<string, string>>;
  /** A string or FormData: both can be sent again on a retry. */
  readonly body: string | FormData | undefined;
  /** Fetch options the caller passed through (`cache`, `credentials`, `mode`, …). */
  readonly init: Readonly<RequestInit>;
  readonly hasIdempotencyKey: boolean;
  /** Budget units of the operation (its `x-rate-limit-cost`). */
  readonly cost: number;
}

/** What a call may carry, loosely typed: the typed surface lives in types.ts. */
export interface LooseInit {
  readonly params?: {
    readonly path?: Record<string, unknown>;
    readonly query?: Record<string, unknown>;
    readonly header?: HeaderInput;
  };
  readonly body?: unknown;
  readonly headers?: HeaderInput;
  readonly querySerializer?: ((query: Record<string, unknown>) => string) | QuerySerializerOptions;
  readonly pathSerializer?: (pathname: string, params: Record<string, unknown>) => string;
  readonly idempotencyKey?: string | false;
  readonly [option: string]: unknown;
}

type HeaderValue = string | number | boolean | readonly (string | number | boolean)[] | null | undefined;
type HeaderInput = Headers | readonly (readonly [string, string])[] | Readonly<Record<string, HeaderValue>>;

/** What the builder needs from the client. */
export interface RequestBuilderConfig {
  readonly baseUrl: string;
  /** Sent on every request (the client's `headers` and the identification headers), lower-cased. */
  readonly headers: Readonly<Record<string, string>>;
  /** A publishable key reaches the widget operations only. */
  readonly widgetOnly: boolean;
}

// Fetch options a caller may pass through to the Request; everything else in the init is ours
// or openapi-fetch's, and a stray ky option (`retry`, `hooks`, `prefixUrl`) must not slip in.
const PASS_THROUGH = [
  'cache',
  'credentials',
  'integrity',
  'keepalive',
  'mode',
  'priority',
  'redirect',
  'referrer',
  'referrerPolicy',
] as const;

/** Adds `input` to `into` (later wins; `null` removes, as in openapi-fetch). Credentials are dropped. */
function mergeHeaders(into: Record<string, string>, input: HeaderInput | undefined): void {
  if (!input || typeof input !== 'object') return;
  const entries: Iterable<readonly [string, HeaderValue]> =
    input instanceof Headers || Array.isArray(input) ? (input as Iterable<[string, string]>) : Object.entries(input);
  for (const [rawName, value] of entries) {
    const name = rawName.toLowerCase();
    // The credential options are the only source of credentials: one place to redact, one to send.
    if (isSensitiveHeader(name)) continue;
    if (value === null) delete into[name];
    else if (Array.isArray(value)) into[name] = value.join(', ');
    else if (value !== undefined) into[name] = String(value);
  }
}

/** Whether a concrete path fits a templated one (`{x}` matches one non-empty segment). */
function fitsTemplate(template: string, path: string): boolean {
  const want = template.split('/');
  const got = path.split('/');
  return want.length === got.length && want.every((part, i) => part === got[i] || (part.startsWith('{') && got[i] !== ''));
}

/** The key of a method + path in the contract's transport tables, templated or not. */
function ruleKey(keys: readonly string[], method: string, path: string): string | undefined {
  const key = `${method} ${path}`;
  if (keys.includes(key)) return key;
  return keys.find((candidate) => candidate.startsWith(`${method} `) && fitsTemplate(candidate.slice(method.length + 1), path));
}

const COST_KEYS = Object.keys(OPERATION_COSTS);

/** Creates the request builder of one client. */
export function createRequestBuilder(config: RequestBuilderConfig) {
  const defaultQuery = createQuerySerializer();
  return (method: string, path: string, init: LooseInit): PreparedRequest => {
    if (config.widgetOnly && ruleKey(WIDGET_OPERATIONS, method, path) === undefined) {
      throw new ConfigurationError(
        `A publishable key only reaches the widget endpoints (/api/v1/widget/*); ${method} ${path} needs a secret key or a session token.`,
      );
    }
    const headers: Record<string, string> = { ...config.headers };
    mergeHeaders(headers, init.headers);
    mergeHeaders(headers, init.params?.header);
    // openapi-fetch's serializer reads the headers (form-urlencoded); its .d.ts declares one parameter.
    const serialize = defaultBodySerializer as (body: unknown, headers: Record<string, string>) => string | FormData;
    const body = init.body === undefined ? undefined : serialize(init.body, headers);
    // FormData sets its own multipart boundary; a JSON body says what it is unless the caller did.
    if (typeof body === 'string' && headers['content-type'] === undefined) headers['content-type'] = 'application/json';
    if (method === 'POST') setIdempotencyKey(headers, init.idempotencyKey);
    const querySerializer =
      typeof init.querySerializer === 'function'
        ? init.querySerializer
        : init.querySerializer
          ? createQuerySerializer(init.querySerializer)
          : defaultQuery;
    const url = createFinalURL(path, {
      baseUrl: config.baseUrl,
      params: { path: init.params?.path, query: init.params?.query } as never,
      querySerializer: querySerializer as never,
      pathSerializer: init.pathSerializer ?? defaultPathSerializer,
    });
    const passed: Record<string, unknown> = {};
    for (const option of PASS_THROUGH) if (init[option] !== undefined) passed[option] = init[option];
    const costKey = COST_KEYS.length > 0 ? ruleKey(COST_KEYS, method, path) : undefined;
    return {
      method,
      path,
      url,
      headers,
      body,
      init: passed,
      hasIdempotencyKey: headers['idempotency-key'] !== undefined,
      cost: costKey === undefined ? 1 : (OPERATION_COSTS[costKey] ?? 1),
    };
  };
}

/** One key per logical POST, generated unless the caller gave one (or `false` for none). */
function setIdempotencyKey(headers: Record<string, string>, option: string | false | undefined): void {
  if (option === false) delete headers['idempotency-key'];
  else if (typeof option === 'string') headers['idempotency-key'] = option;
  else if (headers['idempotency-key'] === undefined) headers['idempotency-key'] = randomUuid();
}
