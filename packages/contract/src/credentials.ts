import type { Environment } from './generated/openapi.js';
import { decodeJwt, type JwtHeader, looksLikeJwt } from './internal/jwt.js';

export type { Environment } from './generated/openapi.js';
export type { JwtHeader } from './internal/jwt.js';

/** The production and sandbox base URLs; a key's environment picks one. */
export const BASE_URLS = {
  production: 'https://api.atender.io',
  sandbox: 'https://sandbox.atender.io',
} as const satisfies Readonly<Record<Environment, string>>;

/** What a credential is: a secret API key, a publishable (widget) key or a session JWT. */
export type CredentialKind = 'secret' | 'publishable' | 'session';
/** The fixed start of a secret key. */
export type SecretKeyPrefix = 'sa_live_' | 'sa_test_';
/** The fixed start of a publishable key. */
export type PublishableKeyPrefix = 'sa_pk_live_' | 'sa_pk_test_';
/** A string shaped like a secret key (see {@link isSecretKey}). */
export type SecretKey = `${SecretKeyPrefix}${string}`;
/** A string shaped like a publishable key (see {@link isPublishableKey}). */
export type PublishableKey = `${PublishableKeyPrefix}${string}`;

interface ParsedBase {
  readonly ok: true;
  /** The credential without `Bearer ` or whitespace. Not enumerable, so logging the result cannot leak it. */
  readonly value: string;
}
/** A well-formed secret API key. */
export interface ParsedSecretKey extends ParsedBase {
  readonly kind: 'secret';
  readonly environment: Environment;
  readonly prefix: SecretKeyPrefix;
}
/** A well-formed publishable key. */
export interface ParsedPublishableKey extends ParsedBase {
  readonly kind: 'publishable';
  readonly environment: Environment;
  readonly prefix: PublishableKeyPrefix;
}
/** A token of JWT shape, decoded but not verified. */
export interface ParsedSessionToken extends ParsedBase {
  readonly kind: 'session';
  /** A session's environment is in its verified claims, not in its form. */
  readonly environment: null;
  readonly prefix: null;
  readonly header: JwtHeader;
  /** The payload when it is a JSON object; unverified, so trust nothing in it yet. */
  readonly claims: Readonly<Record<string, unknown>> | null;
}
/** A credential that is absent or of no known form; `message` never contains the credential. */
export interface CredentialParseFailure {
  readonly ok: false;
  readonly reason: 'missing' | 'malformed';
  readonly message: string;
}
/** A well-formed credential of any kind. */
export type ParsedCredential = ParsedSecretKey | ParsedPublishableKey | ParsedSessionToken;
/** The outcome of {@link parseCredential}. */
export type CredentialParseResult = ParsedCredential | CredentialParseFailure;

type KeyForm = Pick<ParsedSecretKey | ParsedPublishableKey, 'kind' | 'environment' | 'prefix'>;

// Publishable prefixes first: `sa_pk_live_` must not be read as a secret key with body `pk_live_…`.
const KEY_FORMS: readonly KeyForm[] = [
  { kind: 'publishable', environment: 'production', prefix: 'sa_pk_live_' },
  { kind: 'publishable', environment: 'sandbox', prefix: 'sa_pk_test_' },
  { kind: 'secret', environment: 'production', prefix: 'sa_live_' },
  { kind: 'secret', environment: 'sandbox', prefix: 'sa_test_' },
];
const KEY_BODY = /^[0-9A-Za-z]{32,}$/;
const BEARER = /^bearer\s+/i;
// Far above any real key or session token; stops a pasted file from reaching the decoders.
const MAX_LENGTH = 8192;

function failure(reason: 'missing' | 'malformed', message: string): CredentialParseFailure {
  return { ok: false, reason, message };
}

function withHiddenValue<T extends object>(result: T, value: string): T & { readonly value: string } {
  return Object.defineProperty(result, 'value', { value, enumerable: false }) as T & { readonly value: string };
}

function keyFormOf(credential: string): KeyForm | undefined {
  return KEY_FORMS.find((form) => credential.startsWith(form.prefix));
}

function parseKey(credential: string, form: KeyForm): CredentialParseResult {
  if (!KEY_BODY.test(credential.slice(form.prefix.length))) {
    return failure('malformed', `A ${form.kind} key starting "${form.prefix}" must continue with 32 or more letters and digits.`);
  }
  return withHiddenValue({ ok: true as const, ...form }, credential) as ParsedSecretKey | ParsedPublishableKey;
}

function parseSession(credential: string): CredentialParseResult {
  const decoded = decodeJwt(credential);
  if (!decoded.ok) return failure('malformed', decoded.message);
  const session = { ok: true, kind: 'session', environment: null, prefix: null, header: decoded.header, claims: decoded.claims } as const;
  return withHiddenValue(session, credential);
}

/** Trims, drops an optional `Bearer ` scheme, and says why nothing usable is left. */
function unwrap(raw: unknown): string | CredentialParseFailure {
  if (raw === undefined || raw === null) return failure('missing', 'No credential was sent.');
  if (typeof raw !== 'string') return failure('malformed', `Expected the credential as a string, got ${typeof raw}.`);
  const credential = raw.trim().replace(BEARER, '');
  if (credential === '' || /^bearer$/i.test(credential)) return failure('missing', 'No credential was sent.');
  if (credential.length > MAX_LENGTH) {
    return failure('malformed', `The credential is longer than ${MAX_LENGTH} characters.`);
  }
  return credential;
}

/**
 * Reads what kind of credential a header value carries (`Authorization` or `X-API-Key`),
 * without looking it up. Accepts a leading `Bearer ` (any case) and surrounding whitespace.
 * Session tokens are decoded, never verified. Failure messages never contain the credential.
 *
 * @example
 * const parsed = parseCredential(request.headers.get('authorization'));
 * if (!parsed.ok) return problem(401, parsed.reason === 'missing' ? 'API_KEY_MISSING' : 'API_KEY_MALFORMED');
 * if (parsed.kind === 'secret' && parsed.environment !== environmentOfHost(url.host)) …
 */
export function parseCredential(raw: unknown): CredentialParseResult {
  const credential = unwrap(raw);
  if (typeof credential !== 'string') return credential;
  const form = keyFormOf(credential);
  if (form) return parseKey(credential, form);
  if (credential.startsWith('sa_')) {
    return failure('malformed', 'An Atender key starts with "sa_live_", "sa_test_", "sa_pk_live_" or "sa_pk_test_".');
  }
  if (looksLikeJwt(credential)) return parseSession(credential);
  return failure(
    'malformed',
    'The credential is neither an Atender key ("sa_live_…", "sa_test_…", "sa_pk_live_…", "sa_pk_test_…") nor a session token (JWT).',
  );
}

/** Options of {@link redactCredential}. */
export interface RedactOptions {
  /**
   * Append the last 4 characters of a well-formed key, to tell keys apart in logs.
   * @default false
   */
  readonly lastFour?: boolean;
}

/**
 * A display form of a credential that is safe to log: its kind prefix and `…`, nothing else
 * unless `lastFour` is set. Accepts the same input as {@link parseCredential}.
 *
 * @example
 * redactCredential('Bearer sa_live_…'); // 'sa_live_…'
 * redactCredential(key, { lastFour: true }); // 'sa_live_…9xQ2'
 * redactCredential(jwt); // 'jwt…'
 */
export function redactCredential(raw: unknown, options: RedactOptions = {}): string {
  const parsed = parseCredential(raw);
  if (parsed.ok && parsed.kind === 'session') return 'jwt…';
  if (parsed.ok) return `${parsed.prefix}…${options.lastFour ? parsed.value.slice(-4) : ''}`;
  if (parsed.reason === 'missing') return '[none]';
  // A malformed key still shows its known prefix: that part is public and helps debugging.
  const credential = unwrap(raw);
  const form = typeof credential === 'string' ? keyFormOf(credential) : undefined;
  return form ? `${form.prefix}…` : '[redacted]';
}

/**
 * Tells whether a string is exactly a well-formed secret key (no `Bearer `, no whitespace).
 *
 * @example
 * if (isSecretKey(apiKey) && typeof window !== 'undefined') throw new Error('secret key in a browser');
 */
export function isSecretKey(value: unknown): value is SecretKey {
  return isExactKey(value, 'secret');
}

/** Tells whether a string is exactly a well-formed publishable key (no `Bearer `, no whitespace). */
export function isPublishableKey(value: unknown): value is PublishableKey {
  return isExactKey(value, 'publishable');
}

function isExactKey(value: unknown, kind: 'secret' | 'publishable'): boolean {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return false;
  const form = keyFormOf(value);
  return form?.kind === kind && KEY_BODY.test(value.slice(form.prefix.length));
}

/**
 * The environment an API host serves: `api.atender.io` → production, `sandbox.atender.io` →
 * sandbox, anything else `undefined`. Accepts a bare host, `host:port` or a URL; any case.
 *
 * @example
 * environmentOfHost(new URL(request.url).host); // 'sandbox'
 */
export function environmentOfHost(host: string): Environment | undefined {
  if (typeof host !== 'string') return undefined;
  const name = host
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/s, '')
    .replace(/:\d*$/, '')
    .replace(/\.$/, '');
  if (name === 'api.atender.io') return 'production';
  if (name === 'sandbox.atender.io') return 'sandbox';
  return undefined;
}
