/**
 * `@atender/sdk/webhooks`: verify (and, for tests, sign) Standard Webhooks deliveries. Its own
 * entry point, so a client that never receives webhooks does not ship the verification code.
 *
 * @packageDocumentation
 */

export {
  type SignWebhookOptions,
  signWebhook,
  type VerifiedWebhook,
  type VerifyWebhookOptions,
  verifyWebhook,
  type WebhookEvent,
  type WebhookEventOf,
  type WebhookEventType,
  type WebhookHeaders,
  WebhookVerificationError,
  type WebhookVerificationReason,
} from './core/webhooks.js';
