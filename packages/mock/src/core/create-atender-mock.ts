/**
 * `createAtenderMock`: wires the key and tenant registries, the session issuer, the rate
 * limiter, the idempotency records and the store into the pipeline, and hands out msw handlers.
 */
import { OPERATIONS } from '@atender/contract';
import type { HttpHandler } from 'msw';
import { SYSTEM_CLOCK } from './clock.js';
import { OPERATION_HANDLERS } from './handlers/index.js';
import { createIdempotencyStore } from './idempotency.js';
import type { KeyInput } from './key-record.js';
import { createKeyUsageTracker } from './key-usage.js';
import { createKeyRegistry, type KeyRegistry } from './keys.js';
import { withMintedKeys } from './minted-keys.js';
import { createApiHandlers } from './msw-handlers.js';
import { createOverrideHandler, type OperationKey, type OverrideOptions, type OverrideResolver } from './override.js';
import { handleApiRequest, type PipelineDeps } from './pipeline.js';
import { contractTiers, createRateLimiter, type RateLimitTierSpec } from './rate-limiter.js';
import { MAX_BODY_BYTES } from './request-body.js';
import { createSessionIssuer, type SessionIssuer } from './session-tokens.js';
import { type CreateStoreOptions, createStore, type MockStore } from './store.js';
import { createTenantRegistry, type TenantInput, type TenantRegistry } from './tenants.js';
import { hasTimers, type MockTimers, SYSTEM_TIMERS } from './timers.js';
import type { MockClock, OperationHandler, OperationHandlers } from './types.js';
import { createWebhookDispatcher } from './webhook-dispatcher.js';
import { bypassingFetch } from './webhook-fetch.js';
import type { MockWebhooks } from './webhook-log.js';
import { SPEC_DELIVERY_POLICY } from './webhook-policy.js';
import type { DeliveryFetch } from './webhook-sender.js';

/** How the mock delivers webhooks. */
export interface WebhookDeliveryOptions {
  /**
   * Sends each delivery. The default is the runtime's `fetch` with msw's `bypass()`, so deliveries
   * reach a real (loopback) receiver even while a `setupServer` is listening. Pass
   * `(request) => fetch(request)` to let your msw handlers intercept them instead.
   */
  readonly fetch?: DeliveryFetch;
  /** Attempts in flight at once. @default 8 */
  readonly concurrency?: number;
  /** Timers of retries and attempt timeouts. @default the clock's when it has them (a manual clock), else the system's */
  readonly timers?: MockTimers;
}

/** Options of {@link createAtenderMock}. */
export interface AtenderMockOptions {
  /** The data every tenant and environment starts from (and `reset()` returns to); `false` starts empty. @default the demo seed */
  readonly seed?: CreateStoreOptions['seed'];
  /** Keys besides the demo keys. */
  readonly keys?: readonly KeyInput[];
  /** Tenants besides the demo tenants. */
  readonly tenants?: readonly TenantInput[];
  /**
   * Rate-limit tiers, merged over the spec's (`standard`, `elevated`, `enterprise`); a tier may
   * have any windows, e.g. `{ bench: { windows: [{ name: 'second', limit: 100, seconds: 1 }] } }`.
   */
  readonly rateLimitTiers?: Readonly<Record<string, RateLimitTierSpec>>;
  /** The clock of rate-limit windows, expiries, token lifetimes and idempotency TTLs. @default the system clock */
  readonly clock?: MockClock;
  /** The caller's address for IP allow-lists. @default '127.0.0.1' */
  readonly clientIp?: string;
  /** The `Origin` assumed when a request sends none (Node's fetch sends none). @default none */
  readonly origin?: string;
  /** Seed of the demo keys' secrets. @default 'atender-demo' */
  readonly keySeed?: string;
  /** HMAC secret of session tokens. @default random per mock */
  readonly sessionSecret?: string;
  /** Body size limit in bytes. @default 1048576 (1 MiB) */
  readonly maxBodyBytes?: number;
  /** What an operation answer outside the spec becomes: a 500 (`error`), a console warning, or nothing. @default 'error' */
  readonly responseCheck?: 'error' | 'warn' | 'off';
  /** Replaces the built-in behaviour of some operations (the rules still run first). */
  readonly operationHandlers?: Partial<OperationHandlers>;
  /** How webhook deliveries are sent (they are always real HTTP POSTs). */
  readonly webhooks?: WebhookDeliveryOptions;
}

/** A mock of the Atender API. */
export interface AtenderMock {
  /** msw handlers for `setupServer` / `setupWorker`: both hosts, every operation. */
  readonly handlers: HttpHandler[];
  /** The in-memory data, per tenant and environment. */
  readonly store: MockStore;
  /** Every key the mock accepts, with the seeded demo keys under `keys.demo`. */
  readonly keys: KeyRegistry;
  readonly tenants: TenantRegistry;
  /** Mints session tokens (JWT) the mock accepts. */
  readonly sessions: SessionIssuer;
  readonly clock: MockClock;
  /**
   * The webhook deliveries writes caused: the log with every attempt, `waitFor(type)`, `idle()`.
   * @example
   * await atender.POST('/api/v1/contacts', { body: { email: 'ana@example.com' } });
   * const { delivery } = await mock.webhooks.waitFor('contact.created');
   */
  readonly webhooks: MockWebhooks;
  /**
   * An msw handler answering one operation with `resolver`, after every rule of the pipeline.
   * Pass it to `server.use()`; without a key it still answers 401.
   * @example
   * server.use(mock.override('listKbArticles', (ctx) => ctx.problem('SERVICE_UNAVAILABLE', 'Maintenance.')));
   */
  override<K extends OperationKey>(operation: K, resolver: OverrideResolver<NoInfer<K>>, options?: OverrideOptions): HttpHandler;
  /** Answers one request without msw (a service worker, an edge function, the sandbox server). */
  handle(request: Request): Promise<Response>;
  /** Restores the seed data, the keys' and tenants' state, and forgets rate-limit, idempotency, usage and delivery records. */
  reset(): void;
}

function checkedHandlers(overrides: Partial<OperationHandlers>): OperationHandlers {
  const handlers = { ...OPERATION_HANDLERS, ...overrides } as OperationHandlers;
  // Reserved operations never reach a handler: ENDPOINT_RESERVED answers first.
  const missing = OPERATIONS.filter((op) => !op.reserved && typeof handlers[op.operationId] !== 'function');
  if (missing.length > 0) throw new Error(`createAtenderMock: no handler for ${missing.map((op) => op.operationId).join(', ')}.`);
  return handlers;
}

/**
 * Creates a mock of the Atender API with seeded demo tenants, data and keys.
 *
 * @example
 * const mock = createAtenderMock();
 * const server = setupServer(...mock.handlers);
 * const key = mock.keys.demo.acme.sandbox.bundles.full_access.secret;
 * await fetch('https://sandbox.atender.io/api/v1/kb/articles', { headers: { Authorization: `Bearer ${key}` } });
 */
export function createAtenderMock(options: AtenderMockOptions = {}): AtenderMock {
  const clock = options.clock ?? SYSTEM_CLOCK;
  const tiers = { ...contractTiers(), ...options.rateLimitTiers };
  const store = createStore({ seed: options.seed });
  const registry = createKeyRegistry({
    seed: options.keySeed,
    extraKeys: options.keys,
    tiers: new Set(Object.keys(tiers)),
    now: () => clock.now(),
  });
  const webhooks = createWebhookDispatcher({
    clock,
    timers: options.webhooks?.timers ?? (hasTimers(clock) ? clock : SYSTEM_TIMERS),
    fetch: options.webhooks?.fetch ?? bypassingFetch,
    policy: SPEC_DELIVERY_POLICY,
    concurrency: Math.max(1, options.webhooks?.concurrency ?? 8),
  });
  const deps: PipelineDeps = {
    keys: withMintedKeys(registry, store),
    tenants: createTenantRegistry(options.tenants),
    sessions: createSessionIssuer({ secret: options.sessionSecret, clock }),
    limiter: createRateLimiter(tiers),
    idempotency: createIdempotencyStore(),
    store,
    clock,
    clientIp: options.clientIp ?? '127.0.0.1',
    origin: options.origin ?? null,
    maxBodyBytes: options.maxBodyBytes ?? MAX_BODY_BYTES,
    responseCheck: options.responseCheck ?? 'error',
    webhooks,
    usage: createKeyUsageTracker(),
  };
  const handlers = checkedHandlers(options.operationHandlers ?? {});
  const dispatch: OperationHandler = (ctx) => handlers[ctx.operationId](ctx);
  return {
    handlers: createApiHandlers(deps, dispatch),
    store: deps.store,
    keys: deps.keys,
    tenants: deps.tenants,
    sessions: deps.sessions,
    clock,
    webhooks: { deliveries: webhooks.deliveries, waitFor: webhooks.waitFor, idle: webhooks.idle },
    override: (operation, resolver, overrideOptions) => createOverrideHandler(deps, operation, resolver, overrideOptions),
    handle: (request) => handleApiRequest(request, deps, dispatch),
    reset() {
      webhooks.reset();
      deps.usage.reset();
      deps.store.reset();
      deps.keys.reset();
      deps.tenants.reset();
      deps.limiter.reset();
      deps.idempotency.reset();
    },
  };
}
