import { ERROR_CODES, ERROR_STATUS, type ErrorCode } from './generated/errors.js';

/** The error codes answered with HTTP status `S` (every code when `S` is just `number`). */
export type ErrorCodeForStatus<S extends number> = {
  [C in ErrorCode]: (typeof ERROR_STATUS)[C] extends S ? C : never;
}[ErrorCode];

const CODE_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(ERROR_CODES);

/**
 * Tells whether a value is an error `code` the spec defines.
 *
 * @example
 * isErrorCode(body.code) && errorStatus(body.code); // narrows `body.code` to ErrorCode
 */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && CODE_SET.has(value);
}

/**
 * The HTTP status an error code is answered with; `undefined` for an unknown code.
 *
 * @example
 * errorStatus('RATE_LIMITED'); // 429
 */
export function errorStatus<C extends ErrorCode>(code: C): (typeof ERROR_STATUS)[C];
export function errorStatus(code: string): number | undefined;
export function errorStatus(code: string): number | undefined {
  return isErrorCode(code) ? ERROR_STATUS[code] : undefined;
}

/**
 * The error codes answered with one HTTP status, in spec order; empty for a status with none.
 *
 * @example
 * errorCodesForStatus(409); // ['CONFLICT', 'IDEMPOTENCY_KEY_REUSED']
 */
export function errorCodesForStatus<S extends number>(status: S): ErrorCodeForStatus<S>[] {
  return ERROR_CODES.filter((code): code is ErrorCodeForStatus<S> => ERROR_STATUS[code] === status);
}
