/**
 * The delivery policy of webhooks, read from the spec's `x-webhook-delivery` (the one place it is
 * written): the attempt timeout and the capped exponential retry schedule.
 */
import { SPEC } from './spec-index.js';

/** How deliveries are timed out and retried. */
export interface WebhookDeliveryPolicy {
  /** An attempt without a complete answer by then fails. */
  readonly timeoutMs: number;
  /** Attempts of one event, the first included. */
  readonly maxAttempts: number;
  /** The wait before retry `n` (1 = the first retry): `min(initial × factor^(n-1), max)`. */
  retryDelayMs(retry: number): number;
}

interface PolicySpec {
  readonly timeoutSeconds: number;
  readonly maxAttempts: number;
  readonly initialRetryDelaySeconds: number;
  readonly backoffFactor: number;
  readonly maxRetryDelaySeconds: number;
}

function readPolicySpec(): PolicySpec {
  const raw = SPEC['x-webhook-delivery'] as Partial<Record<keyof PolicySpec, unknown>> | undefined;
  const field = (name: keyof PolicySpec): number => {
    const value = raw?.[name];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      throw new Error(`The spec's x-webhook-delivery.${name} is missing or not a number.`);
    return value;
  };
  return {
    timeoutSeconds: field('timeoutSeconds'),
    maxAttempts: field('maxAttempts'),
    initialRetryDelaySeconds: field('initialRetryDelaySeconds'),
    backoffFactor: field('backoffFactor'),
    maxRetryDelaySeconds: field('maxRetryDelaySeconds'),
  };
}

function deliveryPolicy(): WebhookDeliveryPolicy {
  const spec = readPolicySpec();
  return {
    timeoutMs: spec.timeoutSeconds * 1000,
    maxAttempts: Math.max(1, Math.floor(spec.maxAttempts)),
    retryDelayMs: (retry) =>
      Math.round(Math.min(spec.initialRetryDelaySeconds * spec.backoffFactor ** Math.max(0, retry - 1), spec.maxRetryDelaySeconds) * 1000),
  };
}

/** The spec's policy. */
export const SPEC_DELIVERY_POLICY: WebhookDeliveryPolicy = deliveryPolicy();
