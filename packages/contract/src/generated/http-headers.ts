// generated from openapi/atender.yaml by scripts/generate.ts — do not edit

/** Every header a client may send; a CORS preflight allows exactly these. */
export const CLIENT_HEADERS = [
  /** A secret API key, publishable key or session token: `Bearer …`. */
  "Authorization",
  /** A secret API key, instead of `Authorization`. */
  "X-API-Key",
  /** `application/json` on requests with a body. */
  "Content-Type",
  /** Makes a POST safe to retry (the `IdempotencyKey` parameter). */
  "Idempotency-Key",
  /** How many times the client has retried this request (`1` on the first retry); absent on a first attempt. */
  "X-Retry-Count",
  /** The client library, its version and runtime, e.g. `atender-sdk-js/0.2.0 node/20.20`. */
  "X-Atender-Client",
] as const;
/** A header a client may send. */
export type ClientHeader = (typeof CLIENT_HEADERS)[number];

/** Every response header a browser script may read (`Access-Control-Expose-Headers`). */
export const EXPOSED_HEADERS = [
  /** Unique id of the request; quote it to support. */
  "X-Request-Id",
  /** Remaining budget of the window closest to exhaustion. */
  "RateLimit",
  /** The key's quota policies. */
  "RateLimit-Policy",
  /** Requests allowed in the current window. */
  "X-RateLimit-Limit",
  /** Requests left in the current window. */
  "X-RateLimit-Remaining",
  /** Seconds until the current window resets. */
  "X-RateLimit-Reset",
  /** Seconds to wait before retrying (on a 429). */
  "Retry-After",
  /** The RFC 6750 challenge of a 401 or a scope refusal. */
  "WWW-Authenticate",
  /** `true` when the answer replays the first one for this `Idempotency-Key`. */
  "Idempotent-Replayed",
  /** `true` or `false` when the server knows better than the status whether a retry can succeed. */
  "X-Should-Retry",
  /** The operation is deprecated (RFC 9745). */
  "Deprecation",
  /** When the operation stops answering (RFC 8594). */
  "Sunset",
] as const;
/** A response header a browser script may read. */
export type ExposedHeader = (typeof EXPOSED_HEADERS)[number];
