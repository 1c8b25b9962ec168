import { decodeBase64Url } from './base64url.js';

/** The JOSE header of a session token; only `alg` is guaranteed. */
export interface JwtHeader {
  readonly alg: string;
  readonly typ?: string;
  readonly kid?: string;
  readonly [name: string]: unknown;
}

/** What an unverified decode yields, or why the shape is wrong (message free of token data). */
export type JwtDecodeResult =
  | { readonly ok: true; readonly header: JwtHeader; readonly claims: Readonly<Record<string, unknown>> | null }
  | { readonly ok: false; readonly message: string };

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** Tells whether a string has the compact JWS shape: three base64url segments joined by dots. */
export function looksLikeJwt(token: string): boolean {
  return JWT_SHAPE.test(token);
}

function parseJsonObject(segment: string): Record<string, unknown> | undefined {
  const text = decodeBase64Url(segment);
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Decodes a session token's header and claims without verifying its signature: the shape
 * check a client or a router needs before handing the token to a real verifier.
 * The signature may be empty (`alg: none`); rejecting that is the verifier's job.
 */
export function decodeJwt(token: string): JwtDecodeResult {
  if (!looksLikeJwt(token)) {
    return { ok: false, message: 'A session token must be three base64url segments joined by dots.' };
  }
  const [headerPart = '', payloadPart = ''] = token.split('.');
  const header = parseJsonObject(headerPart);
  if (header === undefined || typeof header.alg !== 'string' || header.alg === '') {
    return { ok: false, message: 'The session token header is not a JSON object with an "alg".' };
  }
  // Claims are informative only; a payload that is not a JSON object is left to the verifier.
  return { ok: true, header: header as JwtHeader, claims: parseJsonObject(payloadPart) ?? null };
}
