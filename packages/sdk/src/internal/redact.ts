import { redactCredential } from '@atender/contract';

/** What stands in for a credential that could not be shown even by its prefix. */
export const REDACTED = '[redacted]';

// Keys of every kind, with or without a body long enough to be real: a truncated key is still a secret.
const KEY_PATTERN = /\b(sa_(?:pk_)?(?:live|test)_)[0-9A-Za-z]+/g;
// A JWT's header always starts with `{"` base64url-encoded, i.e. `eyJ`.
const JWT_PATTERN = /\beyJ[\w-]*\.[\w-]*(?:\.[\w-]*)?/g;
const BEARER_PATTERN = /\b(bearer\s+)[^\s",;]+/gi;
const SENSITIVE_HEADERS: ReadonlySet<string> = new Set(['authorization', 'proxy-authorization', 'x-api-key', 'cookie', 'set-cookie']);
// Bodies are scrubbed recursively; a hostile or buggy body must not make that unbounded.
const MAX_DEPTH = 8;

/**
 * Removes credentials from free text: the exact `secrets` given, anything shaped like an Atender
 * key (its public prefix stays), JWTs and bearer tokens.
 */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let result = text;
  for (const secret of secrets) {
    // Short strings would blank out ordinary words; every real credential is far longer.
    if (secret.length >= 8) result = result.split(secret).join(redactCredential(secret).replace('[none]', REDACTED));
  }
  return result.replace(KEY_PATTERN, '$1…').replace(JWT_PATTERN, 'jwt…').replace(BEARER_PATTERN, `$1${REDACTED}`);
}

/** Whether a header carries a credential and must never be shown as is. */
export function isSensitiveHeader(name: string): boolean {
  return SENSITIVE_HEADERS.has(name.toLowerCase());
}

/** A plain, lower-cased copy of headers that is safe to log: credential headers show their kind only. */
export function redactHeaders(
  headers: Headers | Readonly<Record<string, string>>,
  secrets: readonly string[] = [],
): Record<string, string> {
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  const result: Record<string, string> = {};
  for (const [name, value] of entries) {
    const key = name.toLowerCase();
    result[key] = isSensitiveHeader(key) ? redactHeaderValue(value) : redactText(value, secrets);
  }
  return result;
}

function redactHeaderValue(value: string): string {
  const shown = redactCredential(value);
  return shown === '[none]' ? '' : shown;
}

/** A deep copy of a JSON-like value with every string passed through {@link redactText}. */
export function redactValue(value: unknown, secrets: readonly string[] = [], depth = 0): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets, depth + 1));
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) result[key] = redactValue(item, secrets, depth + 1);
  return result;
}

/**
 * A copy of a thrown value that is safe to keep as an error's `cause`: name, message and errno
 * code survive (they help debugging), anything else (a ky error's Request with its
 * Authorization header, a response object) does not.
 */
export function sanitizeCause(cause: unknown, secrets: readonly string[] = [], depth = 0): Error | undefined {
  if (cause === undefined || cause === null || depth >= 4) return undefined;
  const source = cause instanceof Error ? cause : undefined;
  const message = source ? source.message : String(cause);
  const copy = new Error(redactText(message, secrets), {
    cause: source ? sanitizeCause(source.cause, secrets, depth + 1) : undefined,
  });
  if (copy.cause === undefined) delete copy.cause;
  copy.name = source?.name ?? 'Error';
  const code = source && 'code' in source ? source.code : undefined;
  if (typeof code === 'string') Object.defineProperty(copy, 'code', { value: code, enumerable: true });
  if (source?.stack) copy.stack = redactText(source.stack, secrets);
  return copy;
}
