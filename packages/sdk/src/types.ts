/**
 * The types of the typed calls: openapi-fetch's call shape (path, `params`, `body`), resolved
 * values that always carry `data`, generic over the `paths` a client exposes so type-level
 * scopes (core/scoped-paths.ts) can narrow them.
 */
import type { paths } from '@atender/contract';
import type { FetchOptions, FetchResponse } from 'openapi-fetch';
import type { Paginator } from './core/paginate.js';
import type { CallOptions } from './options.js';

type Media = `${string}/${string}`;

/** The HTTP methods the client exposes, as the spec spells them. */
export type CallMethod = 'get' | 'put' | 'post' | 'patch' | 'delete';

/** Keys of `Paths` whose path item defines method `M` (an optional `never` member does not count). */
export type PathsWithMethod<Paths, M extends CallMethod> = {
  [P in keyof Paths]: Paths[P] extends { [K in M]: unknown } ? P : never;
}[keyof Paths];

/** The operation object of one method of one path. */
export type OperationOf<Paths, P extends keyof Paths, M extends CallMethod> = Paths[P] extends { [K in M]: infer O }
  ? O extends Record<string | number, unknown>
    ? O
    : never
  : never;

type RequiredKeysOf<T> = { [K in keyof T]-?: undefined extends T[K] ? never : K }[keyof T];

// What openapi-fetch would otherwise let a caller change: the transport, the base URL and the
// body parsing are the client's business (parseAs would make `data` lie about its type).
type ManagedKeys = 'fetch' | 'baseUrl' | 'parseAs' | 'middleware' | 'bodySerializer' | 'signal' | 'method' | 'Request';

/** The second argument of a call: openapi-fetch's `params`/`body`/`headers`, plus {@link CallOptions}. */
export type CallInit<O> = Omit<FetchOptions<O>, ManagedKeys> & CallOptions;

/** The rest parameter of a call: optional when the operation needs no parameters or body. */
export type CallArgs<O> = RequiredKeysOf<CallInit<O>> extends never ? [init?: CallInit<O>] : [init: CallInit<O>];

/** The 2xx body type of an operation (`undefined` for a 204). */
export type SuccessData<O> =
  O extends Record<string | number, unknown> ? Extract<FetchResponse<O, Record<never, never>, Media>, { data: unknown }>['data'] : never;

/** What a call resolves to: the typed body, the raw response (headers, status) and the request id. */
export interface AtenderResponse<Data> {
  readonly data: Data;
  readonly response: Response;
  /** The answer's `X-Request-Id`: quote it to support (`undefined` if the server sent none). */
  readonly requestId: string | undefined;
}

/** One typed method (`GET`, `POST`, …) over `Paths`. */
export type AtenderMethod<Paths, M extends CallMethod> = <P extends PathsWithMethod<Paths, M>>(
  path: P,
  ...init: CallArgs<OperationOf<Paths, P, M>>
) => Promise<AtenderResponse<SuccessData<OperationOf<Paths, P, M>>>>;

/** Paths whose GET answers a page (`{ data: [...], nextCursor }`). */
export type ListPath<Paths> = {
  [P in keyof Paths]: SuccessData<OperationOf<Paths, P, 'get'>> extends { data: readonly unknown[]; nextCursor?: unknown } ? P : never;
}[keyof Paths];

/** The page type of a list path. */
export type PageOf<Paths, P extends keyof Paths> = SuccessData<OperationOf<Paths, P, 'get'>>;

/** The item type of a list path. */
export type ItemOf<Paths, P extends keyof Paths> = PageOf<Paths, P> extends { data: readonly (infer Item)[] } ? Item : never;

/**
 * A typed Atender client. Every call resolves with `data` typed from the spec or rejects with a
 * typed error (see `AnyAtenderError`).
 */
export interface AtenderClient<Paths = paths> {
  /** Calls a GET operation. */
  readonly GET: AtenderMethod<Paths, 'get'>;
  /** Calls a PUT operation. */
  readonly PUT: AtenderMethod<Paths, 'put'>;
  /** Calls a POST operation; an `Idempotency-Key` is added unless `idempotencyKey: false`. */
  readonly POST: AtenderMethod<Paths, 'post'>;
  /** Calls a PATCH operation. */
  readonly PATCH: AtenderMethod<Paths, 'patch'>;
  /** Calls a DELETE operation. */
  readonly DELETE: AtenderMethod<Paths, 'delete'>;
  /**
   * Walks every page of a list operation: iterate it for items, or `.pages()` for pages.
   * Stops when `nextCursor` is null; aborts with the init's `signal`.
   */
  readonly paginate: <P extends ListPath<Paths>>(
    path: P,
    ...init: CallArgs<OperationOf<Paths, P, 'get'>>
  ) => Paginator<ItemOf<Paths, P>, PageOf<Paths, P>>;
}
