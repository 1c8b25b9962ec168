/**
 * `@atender-examples/webhook-receiver`: verify, de-duplicate and dispatch Atender webhook
 * deliveries in a `node:http` server. The CLI is `src/cli.ts`; these exports let tests and the
 * demo run a receiver in-process.
 *
 * @packageDocumentation
 */

export { DEMO_WEBHOOK_ID, demoWebhookSecret } from './demo-secret.js';
export { type DeliveryInfo, type DispatchOutcome, dispatchEvent, type WebhookHandler, type WebhookHandlers } from './dispatch.js';
export { BodyTooLargeError, MAX_BODY_BYTES, readRawBody } from './read-body.js';
export { createWebhookReceiver, type WebhookReceiverOptions } from './receiver.js';
export { createReplayStore, type ReplayStore, type ReplayStoreOptions } from './replay-store.js';
export { type RunningWebhookReceiver, type StartWebhookReceiverOptions, startWebhookReceiver } from './server.js';
