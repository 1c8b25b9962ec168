/**
 * Calls handlers directly, without the pipeline: a hand-built `OperationContext` for one tenant
 * and environment of a store, a full-access secret-key caller unless told otherwise, and a
 * `call()` that also checks the answer against the spec.
 */
import { expandScopes, getOperation, type OperationId, type Scope } from '@atender/contract';
import { expect } from 'vitest';
import { createManualClock } from '../../src/core/clock.js';
import { OPERATION_HANDLERS } from '../../src/core/handlers/index.js';
import { createKeyUsageTracker } from '../../src/core/key-usage.js';
import type { EnvironmentStore, MockStore } from '../../src/core/store.js';
import type { ApiKeyRecord, Caller, Environment, HandlerResult, OperationContext } from '../../src/core/types.js';
import { createWebhookDispatcher } from '../../src/core/webhook-dispatcher.js';
import { SPEC_DELIVERY_POLICY } from '../../src/core/webhook-policy.js';
import { responseErrors } from './spec-response.js';

/** A fixed request time: 2026-10-20T12:00:00Z, after all seeded activity. */
export const TEST_NOW = Date.UTC(2026, 9, 20, 12, 0, 0);

/** The clock of the deliveries handlers make here; set to each call's `now`. */
const deliveryClock = createManualClock(TEST_NOW);

/**
 * Where deliveries go in direct handler tests: an in-process receiver that acknowledges with 204.
 * The deliveries are real (signed by the real dispatcher); only the network hop is skipped.
 */
export const testWebhooks = createWebhookDispatcher({
  clock: deliveryClock,
  timers: deliveryClock,
  fetch: async () => new Response(null, { status: 204 }),
  policy: SPEC_DELIVERY_POLICY,
  concurrency: 4,
});

/** Usage the direct handler tests read (nothing records into it unless a test does). */
export const testUsage = createKeyUsageTracker();

export interface CallOptions {
  readonly params?: Record<string, string>;
  readonly query?: Record<string, unknown>;
  readonly body?: unknown;
  readonly caller?: Caller;
  readonly now?: number;
}

/** A secret key record of `tenantId`/`environment` with every scope. */
export function testKey(tenantId: string, environment: Environment, extra: Partial<ApiKeyRecord> = {}): ApiKeyRecord {
  const prefix = extra.kind === 'publishable' ? 'sa_pk_' : 'sa_';
  return {
    id: 'key_test01',
    name: 'Test key',
    kind: 'secret',
    secret: `${prefix}${environment === 'production' ? 'live' : 'test'}_TestKeyTestKeyTestKeyTestKey1234`,
    tenantId,
    environment,
    scopes: expandScopes(['full_access']),
    bundles: ['full_access'],
    tier: 'standard',
    active: true,
    expiresAt: null,
    revokedAt: null,
    createdAt: Date.UTC(2026, 0, 2),
    ...extra,
  };
}

/** A secret-key caller with every scope. */
export function keyCaller(tenantId: string, environment: Environment, extra: Partial<ApiKeyRecord> = {}): Caller {
  const key = testKey(tenantId, environment, extra);
  return { kind: key.kind, key, tenantId, environment, scopes: key.scopes as Scope[] };
}

function setDeliveryClock(now: number): number {
  deliveryClock.set(now);
  return now;
}

/** The context a handler would get from the pipeline. */
export function makeContext(store: EnvironmentStore, operationId: OperationId, options: CallOptions = {}): OperationContext {
  const operation = getOperation(operationId);
  const params = options.params ?? {};
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? name));
  const url = new URL(`https://sandbox.atender.io${path}`);
  return {
    request: new Request(url, { method: operation.method.toUpperCase() }),
    url,
    operation,
    operationId,
    params,
    query: options.query ?? {},
    body: options.body,
    caller: options.caller ?? keyCaller(store.tenantId, store.environment),
    store,
    requestId: 'req_test0001',
    now: setDeliveryClock(options.now ?? TEST_NOW),
    webhooks: testWebhooks.outbox(store),
    usage: testUsage,
  };
}

/** Tests read answer bodies loosely; the spec check above is what guarantees their shape. */
// biome-ignore lint/suspicious/noExplicitAny: test bodies are asserted field by field
type LooseBody = any;

/** Runs the handler of `operationId` and asserts its answer conforms to the spec. */
export async function call(
  store: EnvironmentStore,
  operationId: OperationId,
  options: CallOptions = {},
): Promise<HandlerResult & { body: LooseBody }> {
  const result = await OPERATION_HANDLERS[operationId](makeContext(store, operationId, options));
  expect(responseErrors(operationId, result), `${operationId} → ${result.status}`).toEqual([]);
  return result as HandlerResult & { body: LooseBody };
}

/** The sandbox store of Acme and of Globex, from a store. */
export function demoStores(mock: MockStore) {
  return {
    acme: mock.for('ten_acme', 'sandbox'),
    acmeLive: mock.for('ten_acme', 'production'),
    globex: mock.for('ten_globex', 'sandbox'),
  };
}
