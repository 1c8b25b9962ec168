/**
 * How handlers answer: success bodies as they are, failures as RFC 9457 problem details shaped
 * like the spec's `Problem` / `ValidationProblem` schemas, with the caller's request id.
 */
import { ERROR_STATUS, ERROR_TITLES, type ErrorCode, type FieldError, type Problem } from '@atender/contract';
import { page } from '../collection.js';
import type { OperationContext } from '../types.js';

const PROBLEM_HEADERS = { 'content-type': 'application/problem+json' } as const;
const JSON_HEADERS = { 'content-type': 'application/json' } as const;

/**
 * A handler's answer with a literal status, so a handler typed by its operation
 * (`TypedOperationHandler`) only compiles when the spec declares that status with that body.
 */
export interface Answer<S extends number, B> {
  readonly status: S;
  readonly body: B;
  readonly headers: Readonly<Record<string, string>>;
}

/** A problem answer of error code `C`: the code's status, a `Problem` body plus extension members `E`. */
export type ProblemAnswer<C extends ErrorCode, E extends object = object> = Answer<(typeof ERROR_STATUS)[C], Problem & E>;

/** 400 `VALIDATION_FAILED`, whose body is the spec's `ValidationProblem`. */
export type ValidationFailedAnswer = ProblemAnswer<'VALIDATION_FAILED', { errors: FieldError[] }>;

/** 200 with a JSON body. */
export function ok<B>(body: B): Answer<200, B> {
  return { status: 200, body, headers: JSON_HEADERS };
}

/** 201 with the created resource. */
export function created<B>(body: B): Answer<201, B> {
  return { status: 201, body, headers: JSON_HEADERS };
}

/** 202 for work that continues after the answer (bulk jobs). */
export function accepted<B>(body: B): Answer<202, B> {
  return { status: 202, body, headers: JSON_HEADERS };
}

/** The documentation URL of an error code, the problem's `type`. */
export function problemType(code: ErrorCode): string {
  return `https://docs.atender.io/errors/${code.toLowerCase().replace(/_/g, '-')}`;
}

/** A problem body for `code`, answered with the code's status. */
export function problem<C extends ErrorCode, E extends object = object>(
  ctx: Pick<OperationContext, 'requestId' | 'url'>,
  code: C,
  detail?: string,
  extra?: E,
): ProblemAnswer<C, E> {
  const status = ERROR_STATUS[code];
  const body = {
    type: problemType(code),
    title: ERROR_TITLES[code],
    status,
    code,
    ...(detail === undefined ? {} : { detail }),
    instance: ctx.url.pathname,
    requestId: ctx.requestId,
    ...extra,
  };
  // TypeScript drops `E` when spreading the optional `extra`; the body carries its members
  // whenever `E` has any (the caller passed them), and `E` is `object` when it did not.
  return { status, body: body as Problem & E, headers: PROBLEM_HEADERS };
}

/** 404 `NOT_FOUND`: no `what` with this id in the caller's tenant and environment. */
export function notFound(ctx: Pick<OperationContext, 'requestId' | 'url'>, what: string, id: string): ProblemAnswer<'NOT_FOUND'> {
  return problem(ctx, 'NOT_FOUND', `No ${what} with id ${id}.`);
}

/** 409 `CONFLICT` with a human explanation. */
export function conflict(ctx: Pick<OperationContext, 'requestId' | 'url'>, detail: string): ProblemAnswer<'CONFLICT'> {
  return problem(ctx, 'CONFLICT', detail);
}

/** 400 `VALIDATION_FAILED` with one entry per offending field (`/body/...`, `/query/...`). */
export function validationFailed(ctx: Pick<OperationContext, 'requestId' | 'url'>, errors: readonly FieldError[]): ValidationFailedAnswer {
  const detail = errors.map((error) => `${error.path} ${error.message}`).join('; ');
  return problem(ctx, 'VALIDATION_FAILED', detail, { errors: [...errors] });
}

/** Shorthand for a single field error. */
export function invalidField(ctx: Pick<OperationContext, 'requestId' | 'url'>, path: string, message: string): ValidationFailedAnswer {
  return validationFailed(ctx, [{ path, message }]);
}

/**
 * Answers one page of `items` as `{ data, nextCursor }` using the request's `limit` and
 * `cursor`; a cursor this API did not issue answers 400 on `/query/cursor`. `present` turns the
 * page's items into what is answered, so work per item (a search snippet) is done for one page
 * only, not for every match.
 */
export function respondPage<T, U = T>(
  ctx: OperationContext,
  items: readonly T[],
  keyOf?: (item: T) => string,
  present?: (item: T) => U,
): Answer<200, { data: U[]; nextCursor: string | null }> | ValidationFailedAnswer {
  const limit = typeof ctx.query.limit === 'number' ? ctx.query.limit : undefined;
  const cursor = typeof ctx.query.cursor === 'string' ? ctx.query.cursor : undefined;
  const result = page(items, { limit, cursor }, keyOf);
  if (!result.ok) return invalidField(ctx, '/query/cursor', result.message);
  const data = present ? result.data.map(present) : (result.data as unknown as U[]);
  return ok({ data, nextCursor: result.nextCursor });
}

/**
 * 200 with a record the handler just wrote, or 404 when the store no longer has it. Handlers
 * check the record exists before writing, so the 404 only guards the store's `T | undefined`.
 */
export function okOrNotFound<B>(
  ctx: Pick<OperationContext, 'requestId' | 'url'>,
  record: B | undefined,
  what: string,
  id: string,
): Answer<200, B> | ProblemAnswer<'NOT_FOUND'> {
  return record === undefined ? notFound(ctx, what, id) : ok(record);
}

/** The request time as an RFC 3339 timestamp, the form every `Timestamp` field takes. */
export function isoNow(ctx: Pick<OperationContext, 'now'>): string {
  return new Date(ctx.now).toISOString();
}

/** The body as a record of unknown values (the pipeline validated its shape already). */
export function bodyOf<T>(ctx: OperationContext): T {
  return (ctx.body ?? {}) as T;
}

/** A query parameter as a string, or undefined when absent or of another type. */
export function queryString(ctx: OperationContext, name: string): string | undefined {
  const value = ctx.query[name];
  return typeof value === 'string' ? value : undefined;
}

/** A boolean query parameter; tolerates the raw `'true'`/`'false'` in case coercion did not run. */
export function queryBoolean(ctx: OperationContext, name: string): boolean | undefined {
  const value = ctx.query[name];
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/** A path parameter; the router guarantees it exists, an empty string never matches an id. */
export function param(ctx: OperationContext, name: string): string {
  return ctx.params[name] ?? '';
}

/** The `Deleted` body. */
export function deleted(id: string): Answer<200, { id: string; deleted: true }> {
  return ok({ id, deleted: true });
}

/** The entries of `input` that are not `undefined`: a PATCH body's changes, ready to merge. */
export function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}
