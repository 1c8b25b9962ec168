/**
 * Session tokens (JWT, HS256) as the dashboard would issue them, minted and verified with Web
 * Crypto only, so the same code runs in Node and in a browser service worker.
 */
import { expandScopes, isScope, type Scope, type ScopeBundle } from '@atender/contract';
import { randomBase62 } from './prng.js';
import type { Environment, MockClock } from './types.js';

/** The claims of a session token. */
export interface SessionClaims {
  /** The user id. */
  readonly sub: string;
  /** The tenant id. */
  readonly tid: string;
  readonly env: Environment;
  readonly scopes: readonly Scope[];
  /** Issued at, seconds since the epoch. */
  readonly iat: number;
  /** Expiry, seconds since the epoch. */
  readonly exp: number;
}

/** What to put in a minted token. */
export interface MintSessionInput {
  readonly tenantId: string;
  readonly environment: Environment;
  /** Scopes and bundle names; expanded into scopes. */
  readonly scopes: readonly (Scope | ScopeBundle)[];
  /** @default 'usr_demo_admin' */
  readonly userId?: string;
  /** Negative for an already expired token. @default 3600 */
  readonly expiresInSeconds?: number;
}

/** The outcome of verifying a token. */
export type SessionVerification =
  | { readonly ok: true; readonly claims: SessionClaims }
  | { readonly ok: false; readonly code: 'TOKEN_INVALID' | 'TOKEN_EXPIRED'; readonly detail: string };

/** Mints and verifies the session tokens of one mock (one signing secret per mock). */
export interface SessionIssuer {
  /**
   * Mints a signed session token.
   * @example
   * const jwt = await mock.sessions.mint({ tenantId: 'ten_acme', environment: 'sandbox', scopes: ['full_access'] });
   */
  mint(input: MintSessionInput): Promise<string>;
  verify(token: string): Promise<SessionVerification>;
}

const encoder = new TextEncoder();

function base64UrlFromBytes(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function bytesFromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function jsonSegment(value: unknown): string {
  return base64UrlFromBytes(encoder.encode(JSON.stringify(value)));
}

function parseSegment(segment: string): Record<string, unknown> | undefined {
  const bytes = bytesFromBase64Url(segment);
  if (!bytes) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Checks claim types; a token with odd claims is invalid even when its signature is right. */
function asClaims(payload: Record<string, unknown>): SessionClaims | undefined {
  const { sub, tid, env, scopes, iat, exp } = payload;
  if (typeof sub !== 'string' || typeof tid !== 'string' || (env !== 'production' && env !== 'sandbox')) return undefined;
  if (!Array.isArray(scopes) || !scopes.every(isScope)) return undefined;
  if (typeof exp !== 'number' || typeof iat !== 'number') return undefined;
  return { sub, tid, env, scopes, iat, exp };
}

const invalid = (detail: string): SessionVerification => ({ ok: false, code: 'TOKEN_INVALID', detail });

/** Options of {@link createSessionIssuer}. */
export interface SessionIssuerOptions {
  /** HMAC secret. @default a random string per mock */
  readonly secret?: string;
  readonly clock: MockClock;
}

/** Creates the issuer; the key is imported once, lazily (Web Crypto is async). */
export function createSessionIssuer(options: SessionIssuerOptions): SessionIssuer {
  const secret = options.secret ?? randomBase62(48);
  let key: ReturnType<typeof crypto.subtle.importKey> | undefined;
  const hmacKey = (): ReturnType<typeof crypto.subtle.importKey> => {
    key ??= crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    return key;
  };
  return {
    async mint(input) {
      const iat = Math.floor(options.clock.now() / 1000);
      const claims: SessionClaims = {
        sub: input.userId ?? 'usr_demo_admin',
        tid: input.tenantId,
        env: input.environment,
        scopes: expandScopes(input.scopes),
        iat,
        exp: iat + (input.expiresInSeconds ?? 3600),
      };
      const signingInput = `${jsonSegment({ alg: 'HS256', typ: 'JWT' })}.${jsonSegment(claims)}`;
      const signature = await crypto.subtle.sign('HMAC', await hmacKey(), encoder.encode(signingInput));
      return `${signingInput}.${base64UrlFromBytes(new Uint8Array(signature))}`;
    },
    async verify(token) {
      const [header = '', payload = '', signature = ''] = token.split('.');
      if (parseSegment(header)?.alg !== 'HS256') return invalid('The session token is not signed with HS256.');
      const signatureBytes = bytesFromBase64Url(signature);
      // crypto.subtle.verify compares in constant time.
      const valid =
        signatureBytes !== undefined &&
        (await crypto.subtle.verify('HMAC', await hmacKey(), signatureBytes, encoder.encode(`${header}.${payload}`)));
      if (!valid) return invalid('The session token signature does not verify.');
      const claims = asClaims(parseSegment(payload) ?? {});
      if (!claims) return invalid('The session token claims are missing or malformed (sub, tid, env, scopes, iat, exp).');
      if (claims.exp * 1000 <= options.clock.now()) {
        return { ok: false, code: 'TOKEN_EXPIRED', detail: 'The session token expired; sign in again or refresh it.' };
      }
      return { ok: true, claims };
    },
  };
}
