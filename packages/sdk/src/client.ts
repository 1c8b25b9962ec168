/**
 * `createAtenderClient`: wires the options, the request builder (openapi-fetch's serializers),
 * the transport (ky + retries + pacing) and the log, and turns every outcome into
 * resolve-with-data or a typed error.
 */
import type { Scope, ScopeBundle } from '@atender/contract';
import { createRequestBuilder, type LooseInit } from './core/build-request.js';
import { createDeprecationWarner } from './core/deprecation.js';
import { ConfigurationError } from './core/errors/client-errors.js';
import { errorFromSnapshot } from './core/errors/error-from-response.js';
import { createLevelLog } from './core/logger.js';
import { choosePacer } from './core/pacing-store.js';
import { createPaginator } from './core/paginate.js';
import { assertScopesKnown, type PathsFor } from './core/scoped-paths.js';
import { createTransport, type Transport } from './core/transport.js';
import { identityHeaders } from './internal/client-identity.js';
import { credentialSecrets, resolveBaseUrl, resolveCredential } from './internal/credential.js';
import { isSensitiveHeader } from './internal/redact.js';
import type { AtenderClientOptions, CallOptions } from './options.js';
import type { AtenderClient, AtenderResponse, CallMethod } from './types.js';

/** Defaults of the numeric options, in one place for docs and tests. */
export const DEFAULTS = {
  timeout: 30_000,
  totalTimeout: 120_000,
  maxRetries: 2,
  maxRetryDelay: 60_000,
} as const;

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

/** The client's own `headers`, lower-cased, credentials dropped, then the identification headers. */
function staticHeaders(headers: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!isSensitiveHeader(name) && value !== undefined && value !== null) result[name.toLowerCase()] = String(value);
  }
  return { ...result, ...identityHeaders() };
}

/** Parses `text` as the 2xx body; a body that is not JSON rejects like any failed call. */
function parseData(text: string, response: Response, method: string, url: string, secrets: readonly string[]): unknown {
  // A regex test stops at the first non-space character; trim() would copy the whole body.
  if (!/\S/.test(text)) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    const { status, statusText, headers } = response;
    throw errorFromSnapshot({ status, statusText, headers, bodyText: text, method, url }, { secrets });
  }
}

type Builder = ReturnType<typeof createRequestBuilder>;

function typedMethod(build: Builder, transport: Transport, method: string, secrets: readonly string[]) {
  return async (path: string, init: LooseInit = {}): Promise<AtenderResponse<unknown>> => {
    const request = build(method, path, init);
    const call = init as CallOptions;
    const { response, bodyText } = await transport(request, call);
    return {
      data: parseData(bodyText, response, method, request.url, secrets),
      response,
      requestId: response.headers.get('x-request-id') ?? undefined,
    };
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
  const log = createLevelLog(options);
  const credential = resolveCredential(options);
  const baseUrl = resolveBaseUrl(credential, options.baseUrl);
  const transport = createTransport({
    credential,
    authHeader: options.authHeader ?? 'bearer',
    timeout: checkNumber('timeout', options.timeout, DEFAULTS.timeout),
    totalTimeout: checkNumber('totalTimeout', options.totalTimeout, DEFAULTS.totalTimeout),
    maxRetries: checkNumber('maxRetries', options.maxRetries, DEFAULTS.maxRetries),
    maxRetryDelay: checkNumber('maxRetryDelay', options.maxRetryDelay, DEFAULTS.maxRetryDelay),
    pacer: choosePacer({
      pacing: options.pacing,
      key: credential.kind === 'secret' || credential.kind === 'publishable' ? credential.value : undefined,
      onByDefault: credential.kind === 'secret',
      warn: (message) => log.warn?.(message),
    }),
    hooks: options.hooks ?? {},
    log,
    fetch: options.fetch,
    onAnswer: createDeprecationWarner(log),
  });
  const build = createRequestBuilder({ baseUrl, headers: staticHeaders(options.headers), widgetOnly: credential.kind === 'publishable' });
  const secrets = credentialSecrets(credential);
  const method = (name: CallMethod) => typedMethod(build, transport, name.toUpperCase(), secrets);
  const GET = method('get');
  const paginate = (path: string, init: LooseInit = {}) => {
    const fetchPage = async (cursor: string | undefined) => {
      const query = { ...init.params?.query, ...(cursor === undefined ? {} : { cursor }) };
      return (await GET(path, { ...init, params: { ...init.params, query } })).data;
    };
    const cursor = typeof init.params?.query?.cursor === 'string' ? init.params.query.cursor : undefined;
    const signal = init.signal as AbortSignal | undefined;
    return createPaginator(fetchPage, { signal, label: { method: 'GET', url: `${baseUrl}${path}` }, cursor });
  };
  const client = { GET, PUT: method('put'), POST: method('post'), PATCH: method('patch'), DELETE: method('delete'), paginate };
  return Object.freeze(client) as unknown as AtenderClient<PathsFor<S>>;
}
