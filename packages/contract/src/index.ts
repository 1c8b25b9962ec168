/**
 * `@atender/contract`: the Atender tenant API contract. Types generated from the OpenAPI spec,
 * the scope, error and operation tables, and the pure rules both the SDK and the mock apply.
 * Named re-exports only, so the public surface is reviewed here and nowhere else.
 *
 * @packageDocumentation
 */

export {
  BASE_URLS,
  type CredentialKind,
  type CredentialParseFailure,
  type CredentialParseResult,
  type Environment,
  environmentOfHost,
  isPublishableKey,
  isSecretKey,
  type JwtHeader,
  type ParsedCredential,
  type ParsedPublishableKey,
  type ParsedSecretKey,
  type ParsedSessionToken,
  type PublishableKey,
  type PublishableKeyPrefix,
  parseCredential,
  type RedactOptions,
  redactCredential,
  type SecretKey,
  type SecretKeyPrefix,
} from './credentials.js';
export { type ErrorCodeForStatus, errorCodesForStatus, errorStatus, isErrorCode } from './errors.js';
export {
  AUTHENTICATION_ERROR_CODES,
  type AuthenticationErrorCode,
  CONFLICT_ERROR_CODES,
  type ConflictErrorCode,
  ERROR_CODES,
  ERROR_STATUS,
  ERROR_TITLES,
  ErrorCode,
  NOT_FOUND_ERROR_CODES,
  type NotFoundErrorCode,
  PAYLOAD_TOO_LARGE_ERROR_CODES,
  type PayloadTooLargeErrorCode,
  PERMISSION_ERROR_CODES,
  type PermissionErrorCode,
  RATE_LIMIT_ERROR_CODES,
  type RateLimitErrorCode,
  SERVER_ERROR_CODES,
  type ServerErrorCode,
  VALIDATION_ERROR_CODES,
  type ValidationErrorCode,
} from './generated/errors.js';
export { CLIENT_HEADERS, type ClientHeader, EXPOSED_HEADERS, type ExposedHeader } from './generated/http-headers.js';
// The schema root types (`KbArticle`, `Problem`, …), openapi-typescript's `paths`,
// `components`, `operations`, `webhooks`, and its enum value arrays (`kbArticleStatusValues`, …).
// Not `export type *`: the bundled .d.ts flattens that into plain exports, so the value arrays
// would be declared but missing at runtime. openapi.ts also declares `Scope`, `ErrorCode`,
// `ScopeBundle` and `RateLimitTier` as plain types: the explicit exports in this file shadow those
// (local exports win over a star), so each name is both a const object and a type.
export * from './generated/openapi.js';
export {
  type CredentialScheme,
  type HttpMethod,
  OPERATIONS,
  type OperationId,
  type OperationRule,
  type PathScopes,
  type Visibility,
} from './generated/operations.js';
export { RATE_LIMIT_TIERS, RATE_LIMIT_WINDOWS, type RateLimitTier, type RateLimitWindow } from './generated/rate-limits.js';
export {
  SCOPE_BUNDLE_NAMES,
  SCOPE_BUNDLES,
  SCOPE_DESCRIPTIONS,
  SCOPE_SURFACES,
  SCOPES,
  Scope,
  type ScopeBundle,
  type ScopeSurface,
} from './generated/scopes.js';
export { OPERATION_COSTS, WIDGET_OPERATIONS } from './generated/transport-rules.js';
export { findOperation, getOperation, type OperationById, operationsForScopes } from './operations.js';
export {
  formatRateLimitHeaders,
  parseRateLimitHeaders,
  parseRetryAfter,
  type RateLimitInfo,
  type RateLimitWindowState,
  tightestWindow,
} from './rate-limit-headers.js';
export {
  type BundleScopes,
  expandBundle,
  expandScopes,
  hasScope,
  impliedScopes,
  isScope,
  isScopeBundle,
  minimumScopes,
  normalizeScopes,
  type OperationRef,
} from './scopes.js';
export {
  isWebhookSecret,
  MIN_WEBHOOK_SECRET_BYTES,
  type SignWebhookPayloadInput,
  signWebhookPayload,
  type VerifyWebhookSignatureInput,
  verifyWebhookSignature,
  WEBHOOK_SECRET_PREFIX,
  WEBHOOK_SIGNATURE_VERSION,
  type WebhookSignedContent,
  webhookSecretProblem,
} from './webhook-signature.js';
