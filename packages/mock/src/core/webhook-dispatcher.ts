/**
 * Webhook deliveries, for real: an event emitted by a write is logged once per subscribed, active
 * endpoint of the same tenant and environment, then POSTed (signed with every live secret) by a
 * concurrency-bounded queue that never blocks the API call. A failed attempt is retried on the
 * spec's schedule (`x-webhook-delivery`) on the mock's timers — a manual clock drives them in
 * tests — and an event that exhausts its attempts marks the endpoint `failing`.
 */
import type { Webhook, WebhookDeliveryAttempt, WebhookEvent, WebhookEventDelivery } from '@atender/contract';
import type { EnvironmentStore } from './store.js';
import type { MockTimers } from './timers.js';
import type { MockClock, WebhookOutbox } from './types.js';
import { createWebhookLog, type MockWebhookDelivery, type MockWebhooks, type WebhookLogEntry } from './webhook-log.js';
import type { WebhookDeliveryPolicy } from './webhook-policy.js';
import { liveSigningSecrets } from './webhook-secrets.js';
import { type DeliveryFetch, sendAttempt } from './webhook-sender.js';

/** The mock's delivery machinery. */
export interface WebhookDispatcher extends MockWebhooks {
  outbox(store: EnvironmentStore): WebhookOutbox;
  /** Cancels every queued attempt and scheduled retry and forgets the log. */
  reset(): void;
}

/** Options of {@link createWebhookDispatcher}. */
export interface WebhookDispatcherOptions {
  readonly clock: MockClock;
  readonly timers: MockTimers;
  readonly fetch: DeliveryFetch;
  readonly policy: WebhookDeliveryPolicy;
  /** Attempts in flight at once, over all endpoints. */
  readonly concurrency: number;
}

/** Deliveries kept per endpoint; older ones are dropped with any retry they had left. */
export const DELIVERY_LOG_LIMIT = 500;

type AttemptKind = 'scheduled' | 'manual' | 'test';

interface Entry extends WebhookLogEntry {
  readonly store: EnvironmentStore;
  readonly body: string;
  /** Attempts made from the retry schedule so far. */
  scheduled: number;
  timer: unknown;
  acknowledged: boolean;
}

/** Creates the dispatcher of one mock. */
export function createWebhookDispatcher(options: WebhookDispatcherOptions): WebhookDispatcher {
  const { clock, timers, policy } = options;
  const entries = new Map<string, Entry>();
  const log = createWebhookLog<Entry>(entries);
  const queue: (() => Promise<void>)[] = [];
  let running = 0;
  let generation = 0;

  const iso = (ms: number) => new Date(ms).toISOString();

  const pump = (): void => {
    while (running < options.concurrency && queue.length > 0) {
      const task = queue.shift() as () => Promise<void>;
      running += 1;
      void task().finally(() => {
        running -= 1;
        pump();
        if (running === 0 && queue.length === 0) log.settle();
      });
    }
  };
  log.setBusy(() => running > 0 || queue.length > 0);

  const enqueue = (entry: Entry, kind: AttemptKind): void => {
    const at = generation;
    queue.push(async () => {
      if (at === generation) await attempt(entry, kind);
    });
    pump();
  };

  const setEndpointStatus = (store: EnvironmentStore, webhookId: string, failing: boolean): void => {
    const webhook = store.webhooks.get(webhookId);
    if (!webhook || (webhook.status === 'failing') === failing) return;
    store.webhooks.update(webhookId, { status: failing ? 'failing' : 'healthy', failingSince: failing ? iso(clock.now()) : null });
  };

  const forget = (entry: Entry): void => {
    if (entry.timer !== null) timers.clearTimeout(entry.timer);
    entry.timer = null;
    entries.delete(entry.id);
  };

  const scheduleRetry = (entry: Entry): string => {
    const delay = policy.retryDelayMs(entry.scheduled);
    entry.timer = timers.setTimeout(() => {
      entry.timer = null;
      enqueue(entry, 'scheduled');
    }, delay);
    return iso(clock.now() + delay);
  };

  /** The delivery's state after an attempt: acknowledged, retrying, or given up. */
  const outcome = (entry: Entry, kind: AttemptKind, success: boolean): Pick<WebhookEventDelivery, 'status' | 'nextAttemptAt'> => {
    if (success) {
      if (entry.timer !== null) timers.clearTimeout(entry.timer);
      entry.timer = null;
      entry.acknowledged = true;
      if (!entry.test) setEndpointStatus(entry.store, entry.webhookId, false);
      return { status: 'succeeded', nextAttemptAt: null };
    }
    if (kind === 'scheduled' && entry.scheduled < policy.maxAttempts) return { status: 'pending', nextAttemptAt: scheduleRetry(entry) };
    if (kind === 'scheduled') setEndpointStatus(entry.store, entry.webhookId, true);
    if (entry.timer !== null)
      return { status: 'pending', nextAttemptAt: entry.store.webhookDeliveries.get(entry.id)?.nextAttemptAt ?? null };
    return { status: entry.acknowledged ? 'succeeded' : 'failed', nextAttemptAt: null };
  };

  async function attempt(entry: Entry, kind: AttemptKind): Promise<WebhookDeliveryAttempt | undefined> {
    const { store } = entry;
    const webhook = store.webhooks.get(entry.webhookId);
    const logged = store.webhookDeliveries.get(entry.id);
    // The endpoint was deleted (or the log reset): its deliveries stop, retries included.
    if (!webhook || !logged) return void forget(entry);
    if (kind === 'scheduled' && !webhook.active) {
      store.webhookDeliveries.update(entry.id, {
        status: entry.acknowledged ? 'succeeded' : 'failed',
        nextAttemptAt: null,
        updatedAt: iso(clock.now()),
      });
      return undefined;
    }
    if (kind === 'scheduled') entry.scheduled += 1;
    const now = clock.now();
    const { result, request } = await sendAttempt({
      url: webhook.url,
      messageId: logged.webhookMessageId,
      timestampSeconds: Math.floor(now / 1000),
      body: entry.body,
      secrets: liveSigningSecrets(store, entry.webhookId, now),
      fetch: options.fetch,
      timers,
      timeoutMs: policy.timeoutMs,
    });
    const current = entries.get(entry.id) === entry ? store.webhookDeliveries.get(entry.id) : undefined;
    if (!current) return undefined;
    entry.requests.push(request);
    const made: WebhookDeliveryAttempt = { attempt: current.attempts.length + 1, sentAt: iso(now), ...result };
    store.webhookDeliveries.update(entry.id, {
      attempts: [...current.attempts, made],
      ...outcome(entry, kind, result.success),
      updatedAt: iso(clock.now()),
    });
    log.attempted(entry);
    return made;
  }

  /** Delivery ids per endpoint, oldest first: trimming the log never copies it. */
  const perEndpoint = new Map<string, string[]>();
  const keepWithinLimit = (entry: Entry): void => {
    const key = `${entry.tenantId}\u0000${entry.environment}\u0000${entry.webhookId}`;
    const ids = perEndpoint.get(key) ?? [];
    perEndpoint.set(key, ids);
    ids.push(entry.id);
    while (ids.length > DELIVERY_LOG_LIMIT) {
      const oldest = ids.shift() as string;
      entry.store.webhookDeliveries.remove(oldest);
      const dropped = entries.get(oldest);
      if (dropped) forget(dropped);
    }
  };

  const open = (store: EnvironmentStore, webhook: Webhook, event: WebhookEvent, test: boolean): Entry => {
    const now = iso(clock.now());
    const delivery = store.webhookDeliveries.insert({
      webhookId: webhook.id,
      eventType: event.type,
      webhookMessageId: store.newId('msg'),
      status: 'pending',
      attempts: [],
      nextAttemptAt: null,
      test,
      event,
      createdAt: now,
      updatedAt: now,
    });
    const entry: Entry = {
      id: delivery.id,
      store,
      tenantId: store.tenantId,
      environment: store.environment,
      webhookId: webhook.id,
      eventType: event.type,
      test,
      body: JSON.stringify(event),
      requests: [],
      scheduled: 0,
      timer: null,
      acknowledged: false,
      claimed: false,
      delivery: () => store.webhookDeliveries.get(delivery.id),
    };
    entries.set(entry.id, entry);
    keepWithinLimit(entry);
    return entry;
  };

  return {
    outbox: (store) => ({
      emit(event) {
        for (const webhook of store.webhooks.list((w) => w.active && w.events.includes(event.type))) {
          enqueue(open(store, webhook, event, false), 'scheduled');
        }
      },
      async sendTest(webhook, event) {
        const entry = open(store, webhook, event, true);
        // A test event is synchronous by contract: it bypasses the queue so a busy queue cannot delay its answer.
        const made = (await attempt(entry, 'test')) as WebhookDeliveryAttempt;
        return { delivery: store.webhookDeliveries.get(entry.id) as WebhookEventDelivery, attempt: made };
      },
      redeliver(webhookId, deliveryId) {
        const logged = store.webhookDeliveries.get(deliveryId);
        if (!logged || logged.webhookId !== webhookId) return undefined;
        const entry = entries.get(deliveryId);
        if (!entry) return undefined;
        const queued = store.webhookDeliveries.update(deliveryId, { status: 'pending', updatedAt: iso(clock.now()) });
        enqueue(entry, 'manual');
        return queued;
      },
    }),
    deliveries: log.deliveries,
    waitFor: log.waitFor,
    idle: log.idle,
    reset() {
      generation += 1;
      queue.length = 0;
      for (const entry of [...entries.values()]) forget(entry);
      perEndpoint.clear();
      log.reset();
    },
  };
}

export type { MockWebhookDelivery, MockWebhooks, WebhookOutbox };
