/**
 * `@atender/mock`: an MSW mock of the Atender tenant API with the real rule pipeline (auth,
 * environments, allow-lists, visibility, scopes, rate limits, idempotency, validation), seeded
 * demo tenants and keys, and spec-checked answers. Environment-free: runs in Node and browsers.
 *
 * @packageDocumentation
 */
export { createManualClock, type ManualClock, SYSTEM_CLOCK } from './core/clock.js';
export { type AtenderMock, type AtenderMockOptions, createAtenderMock, type WebhookDeliveryOptions } from './core/create-atender-mock.js';
export type { DeclaredAnswer } from './core/declared-answer.js';
export {
  DEMO_ALLOWED_IPS,
  DEMO_WIDGET_CHANNELS,
  DEMO_WIDGET_ORIGINS,
  type DemoEnvironmentKeys,
  type DemoKeys,
  type DemoTenantName,
} from './core/demo-keys.js';
export { DEMO_TENANTS, type DemoTenantId } from './core/demo-tenants.js';
export { IDEMPOTENCY_TTL_MS } from './core/idempotency.js';
export type { KeyInput } from './core/key-record.js';
export { USAGE_DAYS } from './core/key-usage.js';
export type { KeyRegistry } from './core/keys.js';
export type { OperationKey, OverrideContext, OverrideOptions, OverrideResolver, RouteKey } from './core/override.js';
export { PROBLEM_CONTENT_TYPE, type ProblemBody } from './core/problem.js';
export type { RateLimitTierSpec, RateLimitWindowSpec } from './core/rate-limiter.js';
export { MAX_BODY_BYTES } from './core/request-body.js';
export type { MintSessionInput, SessionClaims, SessionIssuer } from './core/session-tokens.js';
export type { EnvironmentStore, MockStore } from './core/store.js';
export { SUSPENDED_DEMO_TENANT, type TenantInput, type TenantRegistry } from './core/tenants.js';
export { type MockTimers, SYSTEM_TIMERS } from './core/timers.js';
export type {
  ApiKeyRecord,
  Caller,
  Environment,
  HandlerResult,
  MockClock,
  OperationContext,
  OperationHandler,
  OperationHandlers,
  TenantRecord,
  TypedOperationHandler,
  WebhookOutbox,
} from './core/types.js';
export {
  type FieldError,
  type RequestValidation,
  type ResponseValidation,
  validateProblem,
  validateRequest,
  validateResponse,
} from './core/validation.js';
export { DELIVERY_LOG_LIMIT } from './core/webhook-dispatcher.js';
export type { DeliveryFilter, MockWebhookDelivery, MockWebhooks, WaitForOptions } from './core/webhook-log.js';
export { SPEC_DELIVERY_POLICY, type WebhookDeliveryPolicy } from './core/webhook-policy.js';
export type { AttemptResult, DeliveryFetch, SentRequest } from './core/webhook-sender.js';
