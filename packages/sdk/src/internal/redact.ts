import { redactCredential } from '@atender/contract';

/** What stands in for a credential that could not be shown even by its prefix. */
export const REDACTED = '[redacted]';

// Keys of every kind, with or without a body long enough to be real: a truncated key is still a secret.
const KEY_PATTERN = /\b(sa_(?:pk_)?(?:live|test)_)[0-9A-Za-z]+/g;
// A JWT's header always starts with `{"` base64url-encoded, i.e. `eyJ`.
const JWT_PATTERN = /\beyJ[\w-]*\.[\w-]*(?:\.[\w-]*)?/g;
const BEARER_PATTERN = /\b(bearer\s+)[^\s",;]+/gi;
// The public start of a key, which stays readable (it says which key was used, not the key).
const PUBLIC_PREFIX = /^sa_(?:pk_)?(?:live|test)_/;
const SENSITIVE_HEADERS: ReadonlySet<string> = new Set(['authorization', 'proxy-authorization', 'x-api-key', 'cookie', 'set-cookie']);
// Bodies are scrubbed recursively; a hostile or buggy body must not make that unbounded.
const MAX_DEPTH = 8;
/**
 * The shortest piece of a secret that is removed wherever it appears: an echo cut off by a
 * length limit, split across two strings or partly escaped still leaves no 8 characters of it.
 */
export const MIN_FRAGMENT = 8;

/**
 * Removes every run of text made of pieces of `secret` at least {@link MIN_FRAGMENT} long,
 * except the key's public prefix. Linear in the text: one set lookup per position.
 */
function scrubFragments(text: string, secret: string): string {
  if (text.length < MIN_FRAGMENT) return text;
  const publicLength = PUBLIC_PREFIX.exec(secret)?.[0].length ?? 0;
  const pieces = new Set<string>();
  for (let i = 0; i + MIN_FRAGMENT <= secret.length; i++) {
    if (i + MIN_FRAGMENT > publicLength) pieces.add(secret.slice(i, i + MIN_FRAGMENT));
  }
  const runs: Array<[number, number]> = [];
  for (let i = 0; i + MIN_FRAGMENT <= text.length; i++) {
    if (!pieces.has(text.slice(i, i + MIN_FRAGMENT))) continue;
    const last = runs.at(-1);
    if (last && i <= last[1]) last[1] = i + MIN_FRAGMENT;
    else runs.push([i, i + MIN_FRAGMENT]);
  }
  if (runs.length === 0) return text;
  let result = '';
  let copied = 0;
  for (const [start, end] of runs) {
    result += `${text.slice(copied, start)}${REDACTED}`;
    copied = end;
  }
  return result + text.slice(copied);
}

/**
 * Removes credentials from free text: the exact `secrets` given (and every piece of one of
 * {@link MIN_FRAGMENT} characters or more), anything shaped like an Atender key (its public
 * prefix stays), JWTs and bearer tokens.
 */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let result = text;
  for (const secret of secrets) {
    // Short strings would blank out ordinary words; every real credential is far longer.
    if (secret.length >= MIN_FRAGMENT) result = result.split(secret).join(redactCredential(secret).replace('[none]', REDACTED));
  }
  result = result.replace(KEY_PATTERN, '$1…').replace(JWT_PATTERN, 'jwt…').replace(BEARER_PATTERN, `$1${REDACTED}`);
  for (const secret of secrets) if (secret.length >= MIN_FRAGMENT) result = scrubFragments(result, secret);
  return result;
}

/** Whether a header carries a credential and must never be shown as is. */
export function isSensitiveHeader(name: string): boolean {
  return SENSITIVE_HEADERS.has(name.toLowerCase());
}

/**
 * A plain, lower-cased copy of headers that is safe to log: credential headers show their kind
 * only, every other name and value is redacted (a server may echo a key as a header name too).
 */
export function redactHeaders(
  headers: Headers | Readonly<Record<string, string>>,
  secrets: readonly string[] = [],
): Record<string, string> {
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  const result: Record<string, string> = {};
  for (const [name, value] of entries) {
    const key = redactText(name.toLowerCase(), secrets);
    defineEntry(result, key, isSensitiveHeader(key) ? redactHeaderValue(value) : redactText(value, secrets));
  }
  return result;
}

function redactHeaderValue(value: string): string {
  const shown = redactCredential(value);
  return shown === '[none]' ? '' : shown;
}

// A plain assignment of `__proto__` (a legal JSON key) would replace the copy's prototype.
function defineEntry(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A deep copy of a JSON-like value with every string, object keys included, passed through {@link redactText}. */
export function redactValue(value: unknown, secrets: readonly string[] = [], depth = 0): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets, depth + 1));
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) defineEntry(result, redactText(key, secrets), redactValue(item, secrets, depth + 1));
  return result;
}

/** Reads a property of a thrown value that may be anything: a throwing getter or a proxy reads as absent. */
function readSafely(source: unknown, key: string): unknown {
  try {
    return (source as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

function describeThrown(cause: unknown): string {
  try {
    return String(cause);
  } catch {
    // `Object.create(null)`, a symbol-less proxy or a throwing `toString`.
    return `a thrown ${typeof cause}`;
  }
}

function isError(value: unknown): value is Error {
  try {
    return value instanceof Error;
  } catch {
    return false;
  }
}

/**
 * A copy of a thrown value that is safe to keep as an error's `cause`: name, message and errno
 * code survive (they help debugging), anything else (a ky error's Request with its
 * Authorization header, a response object) does not. Never throws, whatever was thrown.
 */
export function sanitizeCause(cause: unknown, secrets: readonly string[] = [], depth = 0): Error | undefined {
  if (cause === undefined || cause === null || depth >= 4) return undefined;
  const source = isError(cause) ? cause : undefined;
  const rawMessage = source ? readSafely(source, 'message') : describeThrown(cause);
  const message = typeof rawMessage === 'string' ? rawMessage : '';
  const copy = new Error(redactText(message, secrets), {
    cause: source ? sanitizeCause(readSafely(source, 'cause'), secrets, depth + 1) : undefined,
  });
  if (copy.cause === undefined) delete copy.cause;
  const name = readSafely(source, 'name');
  copy.name = typeof name === 'string' ? redactText(name, secrets) : 'Error';
  const code = readSafely(source, 'code');
  if (typeof code === 'string') Object.defineProperty(copy, 'code', { value: redactText(code, secrets), enumerable: true });
  const stack = readSafely(source, 'stack');
  copy.stack = typeof stack === 'string' ? redactText(stack, secrets) : `${copy.name}: ${copy.message}`;
  return copy;
}
