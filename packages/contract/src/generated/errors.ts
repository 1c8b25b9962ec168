// generated from openapi/atender.yaml by scripts/generate.ts — do not edit

/** Every problem `code`, as a const object (`ErrorCode.NOT_FOUND`) and as a type. */
export const ErrorCode = {
  /** 400: The request does not match the schema; see `errors`. */
  VALIDATION_FAILED: "VALIDATION_FAILED",
  /** 401: No credential was sent. */
  API_KEY_MISSING: "API_KEY_MISSING",
  /** 401: The credential is not of a known form. */
  API_KEY_MALFORMED: "API_KEY_MALFORMED",
  /** 401: The key is well-formed but unknown. */
  API_KEY_INVALID: "API_KEY_INVALID",
  /** 401: The key was revoked. */
  API_KEY_REVOKED: "API_KEY_REVOKED",
  /** 401: The key is past its expiry. */
  API_KEY_EXPIRED: "API_KEY_EXPIRED",
  /** 401: The key is deactivated. */
  API_KEY_INACTIVE: "API_KEY_INACTIVE",
  /** 401: The session token's signature or claims are invalid. */
  TOKEN_INVALID: "TOKEN_INVALID",
  /** 401: The session token expired; refresh it. */
  TOKEN_EXPIRED: "TOKEN_EXPIRED",
  /** 401: The tenant owning the credential is suspended. */
  TENANT_SUSPENDED: "TENANT_SUSPENDED",
  /** 403: The credential lacks the scope this operation needs. */
  INSUFFICIENT_SCOPE: "INSUFFICIENT_SCOPE",
  /** 403: This endpoint is for the dashboard only. */
  ENDPOINT_NOT_PUBLIC: "ENDPOINT_NOT_PUBLIC",
  /** 403: This endpoint is in the contract but not released yet. */
  ENDPOINT_RESERVED: "ENDPOINT_RESERVED",
  /** 403: The key's environment does not match the host. */
  ENVIRONMENT_MISMATCH: "ENVIRONMENT_MISMATCH",
  /** 403: The client IP is not on the key's allow-list. */
  IP_NOT_ALLOWED: "IP_NOT_ALLOWED",
  /** 403: The Origin is not on the publishable key's allow-list. */
  ORIGIN_NOT_ALLOWED: "ORIGIN_NOT_ALLOWED",
  /** 404: No such resource. */
  NOT_FOUND: "NOT_FOUND",
  /** 409: The request conflicts with the resource's current state. */
  CONFLICT: "CONFLICT",
  /** 409: The idempotency key was used with another body. */
  IDEMPOTENCY_KEY_REUSED: "IDEMPOTENCY_KEY_REUSED",
  /** 413: The request body is too large. */
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  /** 429: The rate limit is spent; retry after `Retry-After`. */
  RATE_LIMITED: "RATE_LIMITED",
  /** 500: The server failed. */
  INTERNAL_ERROR: "INTERNAL_ERROR",
  /** 503: The service is temporarily unavailable. */
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Every error code, in spec order. */
export const ERROR_CODES: readonly ErrorCode[] = ["VALIDATION_FAILED", "API_KEY_MISSING", "API_KEY_MALFORMED", "API_KEY_INVALID", "API_KEY_REVOKED", "API_KEY_EXPIRED", "API_KEY_INACTIVE", "TOKEN_INVALID", "TOKEN_EXPIRED", "TENANT_SUSPENDED", "INSUFFICIENT_SCOPE", "ENDPOINT_NOT_PUBLIC", "ENDPOINT_RESERVED", "ENVIRONMENT_MISMATCH", "IP_NOT_ALLOWED", "ORIGIN_NOT_ALLOWED", "NOT_FOUND", "CONFLICT", "IDEMPOTENCY_KEY_REUSED", "PAYLOAD_TOO_LARGE", "RATE_LIMITED", "INTERNAL_ERROR", "SERVICE_UNAVAILABLE"];

/** The HTTP status each code is answered with. */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  API_KEY_MISSING: 401,
  API_KEY_MALFORMED: 401,
  API_KEY_INVALID: 401,
  API_KEY_REVOKED: 401,
  API_KEY_EXPIRED: 401,
  API_KEY_INACTIVE: 401,
  TOKEN_INVALID: 401,
  TOKEN_EXPIRED: 401,
  TENANT_SUSPENDED: 401,
  INSUFFICIENT_SCOPE: 403,
  ENDPOINT_NOT_PUBLIC: 403,
  ENDPOINT_RESERVED: 403,
  ENVIRONMENT_MISMATCH: 403,
  IP_NOT_ALLOWED: 403,
  ORIGIN_NOT_ALLOWED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  IDEMPOTENCY_KEY_REUSED: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
} as const satisfies Readonly<Record<ErrorCode, number>>;

/** A one-line meaning of each code. */
export const ERROR_TITLES: Readonly<Record<ErrorCode, string>> = {
  VALIDATION_FAILED: "The request does not match the schema; see `errors`.",
  API_KEY_MISSING: "No credential was sent.",
  API_KEY_MALFORMED: "The credential is not of a known form.",
  API_KEY_INVALID: "The key is well-formed but unknown.",
  API_KEY_REVOKED: "The key was revoked.",
  API_KEY_EXPIRED: "The key is past its expiry.",
  API_KEY_INACTIVE: "The key is deactivated.",
  TOKEN_INVALID: "The session token's signature or claims are invalid.",
  TOKEN_EXPIRED: "The session token expired; refresh it.",
  TENANT_SUSPENDED: "The tenant owning the credential is suspended.",
  INSUFFICIENT_SCOPE: "The credential lacks the scope this operation needs.",
  ENDPOINT_NOT_PUBLIC: "This endpoint is for the dashboard only.",
  ENDPOINT_RESERVED: "This endpoint is in the contract but not released yet.",
  ENVIRONMENT_MISMATCH: "The key's environment does not match the host.",
  IP_NOT_ALLOWED: "The client IP is not on the key's allow-list.",
  ORIGIN_NOT_ALLOWED: "The Origin is not on the publishable key's allow-list.",
  NOT_FOUND: "No such resource.",
  CONFLICT: "The request conflicts with the resource's current state.",
  IDEMPOTENCY_KEY_REUSED: "The idempotency key was used with another body.",
  PAYLOAD_TOO_LARGE: "The request body is too large.",
  RATE_LIMITED: "The rate limit is spent; retry after `Retry-After`.",
  INTERNAL_ERROR: "The server failed.",
  SERVICE_UNAVAILABLE: "The service is temporarily unavailable.",
};

/** Codes answered with 400. */
export const VALIDATION_ERROR_CODES = ["VALIDATION_FAILED"] as const;
export type ValidationErrorCode = (typeof VALIDATION_ERROR_CODES)[number];

/** Codes answered with 401. */
export const AUTHENTICATION_ERROR_CODES = ["API_KEY_MISSING", "API_KEY_MALFORMED", "API_KEY_INVALID", "API_KEY_REVOKED", "API_KEY_EXPIRED", "API_KEY_INACTIVE", "TOKEN_INVALID", "TOKEN_EXPIRED", "TENANT_SUSPENDED"] as const;
export type AuthenticationErrorCode = (typeof AUTHENTICATION_ERROR_CODES)[number];

/** Codes answered with 403. */
export const PERMISSION_ERROR_CODES = ["INSUFFICIENT_SCOPE", "ENDPOINT_NOT_PUBLIC", "ENDPOINT_RESERVED", "ENVIRONMENT_MISMATCH", "IP_NOT_ALLOWED", "ORIGIN_NOT_ALLOWED"] as const;
export type PermissionErrorCode = (typeof PERMISSION_ERROR_CODES)[number];

/** Codes answered with 404. */
export const NOT_FOUND_ERROR_CODES = ["NOT_FOUND"] as const;
export type NotFoundErrorCode = (typeof NOT_FOUND_ERROR_CODES)[number];

/** Codes answered with 409. */
export const CONFLICT_ERROR_CODES = ["CONFLICT", "IDEMPOTENCY_KEY_REUSED"] as const;
export type ConflictErrorCode = (typeof CONFLICT_ERROR_CODES)[number];

/** Codes answered with 413. */
export const PAYLOAD_TOO_LARGE_ERROR_CODES = ["PAYLOAD_TOO_LARGE"] as const;
export type PayloadTooLargeErrorCode = (typeof PAYLOAD_TOO_LARGE_ERROR_CODES)[number];

/** Codes answered with 429. */
export const RATE_LIMIT_ERROR_CODES = ["RATE_LIMITED"] as const;
export type RateLimitErrorCode = (typeof RATE_LIMIT_ERROR_CODES)[number];

/** Codes answered with 500 or 503. */
export const SERVER_ERROR_CODES = ["INTERNAL_ERROR", "SERVICE_UNAVAILABLE"] as const;
export type ServerErrorCode = (typeof SERVER_ERROR_CODES)[number];
