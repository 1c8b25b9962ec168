/**
 * `createAtenderClient`: wires the options, the transport (ky + retries + pacing) and
 * openapi-fetch's typed calls, and turns every outcome into resolve-with-data or a typed error.
 */
import type { Scope, ScopeBundle } from '@atender/contract';
import createClient from 'openapi-fetch';
import { ConfigurationError } from './core/errors/client-errors.js';
import { errorFromSnapshot } from './core/errors/error-from-response.js';
import { choosePacer } from './core/pacing-store.js';
import { createPaginator } from './core/paginate.js';
import { assertScopesKnown, type PathsFor } from './core/scoped-paths.js';
import { createTransport, type Transport } from './core/transport.js';
import { credentialSecrets, resolveBaseUrl, resolveCredential } from './internal/credential.js';
import type { AtenderClientOptions, CallOptions } from './options.js';
import type { AtenderClient, AtenderResponse, CallMethod } from './types.js';

/** Defaults of the numeric options, in one place for docs and tests. */
export const DEFAULTS = {
  timeout: 30_000,
  totalTimeout: 120_000,
  maxRetries: 2,
  maxRetryDelay: 60_000,
} as const;

type RawClient = ReturnType<typeof createClient<Record<string, never>>>;
type LooseInit = CallOptions & { params?: { query?: Record<string, unknown> } & Record<string, unknown> } & Record<string, unknown>;

function checkNumber(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw new ConfigurationError(`${name} must be a non-negative number of milliseconds or retries.`);
  }
  return value;
}

function checkScopes(scopes: unknown): void {
  if (scopes === undefined) return;
  try {
    assertScopesKnown(scopes);
  } catch (error) {
    throw new ConfigurationError(error instanceof Error ? error.message : 'scopes is not a list of scopes.');
  }
}

/** Parses `text` as the 2xx body; a body that is not JSON rejects like any failed call. */
function parseData(text: unknown, response: Response, method: string, secrets: readonly string[]): unknown {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    const { status, statusText, headers, url } = response;
    throw errorFromSnapshot({ status, statusText, headers, bodyText: text, method, url }, { secrets });
  }
}

function typedMethod(raw: RawClient, transport: Transport, method: CallMethod, secrets: readonly string[]) {
  return async (path: string, init: LooseInit = {}): Promise<AtenderResponse<unknown>> => {
    const { signal, timeout, totalTimeout, maxRetries, idempotencyKey, ...rest } = init;
    const call: CallOptions = { signal, timeout, totalTimeout, maxRetries, idempotencyKey };
    const fetch = (request: Request): Promise<Response> => transport(request, call);
    // Text, then JSON.parse here: a 2xx with a broken body must reject with a typed error.
    const result = await raw.request(method as never, path as never, { ...rest, parseAs: 'text', fetch } as never);
    const { data, response } = result as { data?: unknown; response: Response };
    return { data: parseData(data, response, method.toUpperCase(), secrets), response };
  };
}

/**
 * Creates a typed client of the Atender API. Refuses, with a `ConfigurationError` and before any
 * request, a missing or malformed credential, a key for the other environment's host, and a
 * secret key in a browser (unless `dangerouslyAllowBrowser`).
 *
 * @example
 * const atender = createAtenderClient({ apiKey: process.env.ATENDER_API_KEY });
 * const { data } = await atender.GET('/api/v1/kb/articles/{articleId}', { params: { path: { articleId } } });
 * for await (const contact of atender.paginate('/api/v1/contacts', { params: { query: { limit: 100 } } })) {
 *   console.log(contact.email);
 * }
 */
export function createAtenderClient<const S extends readonly (Scope | ScopeBundle)[] | undefined = undefined>(
  options: AtenderClientOptions & { readonly scopes?: S } = {},
): AtenderClient<PathsFor<S>> {
  checkScopes(options.scopes);
  const credential = resolveCredential(options);
  const baseUrl = resolveBaseUrl(credential, options.baseUrl);
  const maxRetryDelay = checkNumber('maxRetryDelay', options.maxRetryDelay, DEFAULTS.maxRetryDelay);
  const transport = createTransport({
    credential,
    authHeader: options.authHeader ?? 'bearer',
    headers: { ...options.headers },
    timeout: checkNumber('timeout', options.timeout, DEFAULTS.timeout),
    totalTimeout: checkNumber('totalTimeout', options.totalTimeout, DEFAULTS.totalTimeout),
    maxRetries: checkNumber('maxRetries', options.maxRetries, DEFAULTS.maxRetries),
    maxRetryDelay,
    pacer: choosePacer({
      pacing: options.pacing,
      key: credential.kind === 'secret' || credential.kind === 'publishable' ? credential.value : undefined,
      onByDefault: credential.kind === 'secret',
      warn: (message) => console.warn(`[atender] ${message}`),
    }),
    hooks: options.hooks ?? {},
    fetch: options.fetch,
  });
  const raw = createClient<Record<string, never>>({ baseUrl }) as RawClient;
  const secrets = credentialSecrets(credential);
  const GET = typedMethod(raw, transport, 'get', secrets);
  const paginate = (path: string, init: LooseInit = {}) => {
    const fetchPage = async (cursor: string | undefined) => {
      const query = { ...init.params?.query, ...(cursor === undefined ? {} : { cursor }) };
      return (await GET(path, { ...init, params: { ...init.params, query } })).data;
    };
    const cursor = typeof init.params?.query?.cursor === 'string' ? init.params.query.cursor : undefined;
    return createPaginator(fetchPage, { signal: init.signal, label: { method: 'GET', url: `${baseUrl}${path}` }, cursor });
  };
  const client = {
    GET,
    PUT: typedMethod(raw, transport, 'put', secrets),
    POST: typedMethod(raw, transport, 'post', secrets),
    PATCH: typedMethod(raw, transport, 'patch', secrets),
    DELETE: typedMethod(raw, transport, 'delete', secrets),
    paginate,
  };
  return Object.freeze(client) as unknown as AtenderClient<PathsFor<S>>;
}
