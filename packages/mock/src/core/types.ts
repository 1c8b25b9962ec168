/**
 * The seams of the mock: what the rule pipeline hands an operation handler, and what a handler
 * answers. The pipeline (core/rules, core/pipeline.ts) and the handlers (core/handlers) meet here.
 */
import type {
  ApiKeyUsage,
  OperationId,
  OperationRule,
  operations,
  RateLimitTier,
  Scope,
  ScopeBundle,
  Webhook,
  WebhookDeliveryAttempt,
  WebhookEvent,
  WebhookEventDelivery,
} from '@atender/contract';
import type { DeclaredAnswer } from './declared-answer.js';
import type { EnvironmentStore } from './store.js';

export type Environment = 'production' | 'sandbox';

/** A clock the tests can drive; milliseconds since the epoch. */
export interface MockClock {
  now(): number;
}

export interface TenantRecord {
  readonly id: string;
  readonly name: string;
  suspended: boolean;
}

/** A key as the server stores it. `secret` is the full credential string. */
export interface ApiKeyRecord {
  readonly id: string;
  readonly name: string;
  readonly kind: 'secret' | 'publishable';
  readonly secret: string;
  readonly tenantId: string;
  readonly environment: Environment;
  readonly scopes: readonly Scope[];
  readonly bundles: readonly ScopeBundle[];
  /** A tier of the spec, or the name of a custom tier given in the mock's options. */
  readonly tier: RateLimitTier | (string & {});
  active: boolean;
  readonly expiresAt: number | null;
  revokedAt: number | null;
  readonly allowedIps?: readonly string[];
  /** Publishable keys: origins allowed to call the widget endpoints. */
  readonly allowedOrigins?: readonly string[];
  /** Publishable keys: the chat channel the key is pinned to. */
  readonly channelId?: string;
  readonly createdAt: number;
}

/** Who is calling, once the credential rules passed. */
export type Caller =
  | {
      readonly kind: 'secret' | 'publishable';
      readonly key: ApiKeyRecord;
      readonly tenantId: string;
      readonly environment: Environment;
      readonly scopes: readonly Scope[];
    }
  | {
      readonly kind: 'session';
      readonly userId: string;
      readonly tenantId: string;
      readonly environment: Environment;
      readonly scopes: readonly Scope[];
    };

/** What a handler can do with webhooks, bound to its tenant's and environment's store. */
export interface WebhookOutbox {
  /** Logs and queues `event` for every active endpoint subscribed to its type; returns at once. */
  emit(event: WebhookEvent): void;
  /** Sends one test event to `webhook` now (active or not), without retries, and answers how it went. */
  sendTest(webhook: Webhook, event: WebhookEvent): Promise<{ delivery: WebhookEventDelivery; attempt: WebhookDeliveryAttempt }>;
  /** Queues one more attempt of a logged delivery at once; `undefined` when the log has no such delivery. */
  redeliver(webhookId: string, deliveryId: string): WebhookEventDelivery | undefined;
}

/** What the handlers read of the keys' usage (the pipeline records it). */
export interface KeyUsageReader {
  /** The key's usage over the 30 days ending on `now`'s UTC day. */
  usageOf(keyId: string, now: number): ApiKeyUsage;
  /** When the key was last used, if ever. */
  lastUsedAt(keyId: string): number | null;
}

/** Everything a handler may read. The request already passed every rule and validation. */
export interface OperationContext {
  readonly request: Request;
  readonly url: URL;
  readonly operation: OperationRule;
  readonly operationId: OperationId;
  /** Path parameters by name, decoded. */
  readonly params: Readonly<Record<string, string>>;
  /** Query parameters after validation and type coercion (numbers are numbers, arrays arrays). */
  readonly query: Readonly<Record<string, unknown>>;
  /** The parsed JSON body, validated against the spec (undefined when the operation has none). */
  readonly body: unknown;
  readonly caller: Caller;
  /** The collections of the caller's tenant and environment; nothing else is reachable. */
  readonly store: EnvironmentStore;
  readonly requestId: string;
  readonly now: number;
  /** Emits events of this tenant and environment; sends test events and redeliveries. */
  readonly webhooks: WebhookOutbox;
  /** The API keys' usage (`getApiKeyUsage`, `lastUsedAt`). */
  readonly usage: KeyUsageReader;
}

/** A handler's answer; the pipeline adds the common headers and checks it against the spec. */
export interface HandlerResult {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** The runtime signature the pipeline calls: any status, any body (checked against the spec at runtime). */
export type OperationHandler = (ctx: OperationContext) => HandlerResult | Promise<HandlerResult>;

/**
 * A handler of operation `Id`, typed by the spec: it can only answer a status the operation
 * declares, with that status's body. Assignable to `OperationHandler`.
 */
export type TypedOperationHandler<Id extends OperationId> = (
  ctx: OperationContext,
) => DeclaredAnswer<operations[Id]> | Promise<DeclaredAnswer<operations[Id]>>;

/** One handler per operationId, each typed by its operation; the pipeline refuses to start if one is missing. */
export type OperationHandlers = { readonly [Id in OperationId]: TypedOperationHandler<Id> };
