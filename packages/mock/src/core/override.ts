/**
 * Per-test overrides that keep the rule pipeline in front. msw's `server.use()` prepends
 * handlers, so a plain `http.get(…)` override would answer before any auth rule; an override
 * made here runs every rule first and only then the test's resolver, whose answer is typed by
 * the spec: a status or body the operation does not declare fails to compile.
 */
import {
  type components,
  ERROR_STATUS,
  type ErrorCode,
  getOperation,
  OPERATIONS,
  type OperationId,
  type operations,
  type paths,
} from '@atender/contract';
import { type HttpHandler, http } from 'msw';
import type { DeclaredAnswer, Present } from './declared-answer.js';
import { addressesOperation } from './msw-handlers.js';
import { handleApiRequest, type PipelineDeps } from './pipeline.js';
import { problemResult, refuse } from './problem.js';
import type { HandlerResult, OperationContext } from './types.js';

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';

/** `"GET /api/v1/kb/articles/{articleId}"`-style names of every operation. */
export type RouteKey = {
  [P in keyof paths]: { [M in Method]: [Present<paths[P][M]>] extends [never] ? never : `${Uppercase<M>} ${P & string}` }[Method];
}[keyof paths];

/** An operation named by operationId or by route. */
export type OperationKey = OperationId | RouteKey;

/** The openapi-typescript operation object a key names. */
export type OperationOf<K extends OperationKey> = K extends OperationId
  ? operations[K]
  : K extends `${infer M} ${infer P}`
    ? P extends keyof paths
      ? Present<paths[P][Lowercase<M> & Method]>
      : never
    : never;

type Problem = components['schemas']['Problem'];

/** What an override's resolver gets: the operation context plus a typed problem builder. */
export interface OverrideContext extends OperationContext {
  /** A problem answer with this request's id; its status is the code's, as the spec fixes it. */
  problem<C extends ErrorCode, E extends object = object>(
    code: C,
    detail: string,
    extensions?: E,
  ): { readonly status: (typeof ERROR_STATUS)[C]; readonly body: Problem & E; readonly headers: Readonly<Record<string, string>> };
}

/** A test's resolver for one operation. */
export type OverrideResolver<K extends OperationKey> = (
  ctx: OverrideContext,
) => DeclaredAnswer<OperationOf<K>> | Promise<DeclaredAnswer<OperationOf<K>>>;

/** Options of an override. */
export interface OverrideOptions {
  /** Answer only the first matching request, then fall back to the mock. @default false */
  readonly once?: boolean;
  /** Wait this long before answering (after the rules ran), to simulate a slow server. @default 0 */
  readonly delayMs?: number;
}

/** The operationId a key names; throws for an id or route the spec does not define. */
export function operationIdOf(key: OperationKey): OperationId {
  const [method, path] = key.includes(' ') ? key.split(' ') : [undefined, undefined];
  const match = method === undefined ? getOperation(key) : OPERATIONS.find((op) => op.method === method.toLowerCase() && op.path === path);
  if (!match) throw new TypeError(`override: the spec has no operation "${key}".`);
  return match.operationId as OperationId;
}

function withTools(ctx: OperationContext): OverrideContext {
  return {
    ...ctx,
    problem: (code, detail, extensions) => {
      const members = extensions as Readonly<Record<string, unknown>> | undefined;
      const result = problemResult(refuse(code, detail, members ? { extensions: members } : {}), ctx.requestId);
      return { status: ERROR_STATUS[code], body: result.body as never, headers: result.headers ?? {} };
    },
  };
}

/** Builds the msw handler of one override; `createAtenderMock().override` is the public entry. */
export function createOverrideHandler<K extends OperationKey>(
  deps: PipelineDeps,
  key: K,
  resolver: OverrideResolver<K>,
  options: OverrideOptions = {},
): HttpHandler {
  const operationId = operationIdOf(key);
  const resolve = async (ctx: OperationContext): Promise<HandlerResult> => {
    if (options.delayMs) await new Promise((done) => setTimeout(done, options.delayMs));
    return (await resolver(withTools(ctx))) as HandlerResult;
  };
  return http.all(
    ({ request }) => addressesOperation(request, operationId),
    ({ request }) => handleApiRequest(request, deps, resolve),
    { once: options.once ?? false },
  );
}
