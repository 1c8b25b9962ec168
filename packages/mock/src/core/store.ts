/**
 * The mock's data: per-tenant, per-environment in-memory collections whose records are the spec's
 * own component types (from `@atender/contract`), so the store is typed by the spec and needs no
 * second schema language. A few facts the spec's resources do not carry (webhook secrets, API key
 * secrets, user roles) live in side registries next to them.
 */
import type {
  AgentAvailability,
  ApiKey,
  Attachment,
  Automation,
  BillingSubscription,
  BulkJob,
  Channel,
  Contact,
  ContactField,
  Conversation,
  ConversationMessage,
  CsatResponse,
  KbArticle,
  KbCategory,
  KbSubcategory,
  KbTag,
  Notification,
  Role,
  SlaPolicy,
  Snippet,
  Tag,
  Team,
  User,
  UserInvitation,
  Webhook,
  WebhookEventDelivery,
  WidgetConfig,
  WorkspaceSettings,
} from '@atender/contract';
import { Collection, createIdFactory, type IdFactory, Registry, Singleton } from './collection.js';
import type { EnvironmentSeed, SeedData, TenantSeed } from './seed/types.js';
import { DEFAULT_SEED } from './seed.js';
import type { Environment } from './types.js';

export type { IdFactory, NewRecord, PageOptions, PageResult } from './collection.js';
export { Collection, DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT, page, Registry, Singleton } from './collection.js';
export type { EnvironmentSeed, SeedData, TenantSeed } from './seed/types.js';

/** A webhook endpoint's signing secrets; both sign while a rotation is in its 24 h overlap. */
export interface WebhookSecretState {
  readonly current: string;
  readonly previous: string | null;
  readonly previousExpiresAt: string | null;
}

/**
 * What makes a key minted by `createApiKey` work: its current secret, the previous one during a
 * rotation's overlap, and when it was revoked (with the key as it was, for the 401 it answers).
 */
export interface KeyCredentialState {
  readonly secret: string;
  readonly previous: { readonly secret: string; readonly expiresAt: number } | null;
  readonly revoked: { readonly at: number; readonly key: ApiKey } | null;
}

/** The role a user holds (a `Role` id) and since when. */
export interface UserRoleState {
  readonly roleId: string;
  readonly updatedAt: string;
}

/** State one tenant shares across its environments. */
class TenantShared {
  readonly apiKeys: Collection<ApiKey>;
  /** Key id → the secrets of keys created through `createApiKey`, which the pipeline honours. */
  readonly apiKeyCredentials = new Registry<KeyCredentialState>();

  constructor(nextId: IdFactory) {
    this.apiKeys = new Collection<ApiKey>('key', nextId);
  }

  load(seed: TenantSeed | undefined): void {
    this.apiKeys.clear();
    this.apiKeyCredentials.clear();
    for (const key of seed?.apiKeys ?? []) this.apiKeys.insert(key);
  }
}

/** The collections of one tenant in one environment: everything a handler can reach. */
export class EnvironmentStore {
  readonly kbArticles: Collection<KbArticle>;
  readonly kbCategories: Collection<KbCategory>;
  readonly kbSubcategories: Collection<KbSubcategory>;
  readonly kbTags: Collection<KbTag>;
  readonly conversations: Collection<Conversation>;
  readonly messages: Collection<ConversationMessage>;
  readonly attachments: Collection<Attachment>;
  readonly contacts: Collection<Contact>;
  readonly contactFields: Collection<ContactField>;
  readonly tags: Collection<Tag>;
  readonly webhooks: Collection<Webhook>;
  readonly webhookSecrets = new Registry<WebhookSecretState>();
  /** The delivery log of every endpoint (newest last); the webhook dispatcher writes it. */
  readonly webhookDeliveries: Collection<WebhookEventDelivery>;
  readonly teams: Collection<Team>;
  readonly users: Collection<User>;
  readonly userRoles = new Registry<UserRoleState>();
  readonly roles: Collection<Role>;
  readonly invitations: Collection<UserInvitation>;
  readonly settings = new Singleton<WorkspaceSettings>();
  readonly billing = new Singleton<BillingSubscription>();
  readonly channels: Collection<Channel>;
  readonly widgetConfigs = new Registry<WidgetConfig>();
  readonly automations: Collection<Automation>;
  /** Keyed by the agent's user id. */
  readonly agentAvailability = new Registry<AgentAvailability>();
  readonly snippets: Collection<Snippet>;
  readonly slaPolicies: Collection<SlaPolicy>;
  readonly notifications: Collection<Notification>;
  readonly csatResponses: Collection<CsatResponse>;
  readonly bulkJobs: Collection<BulkJob>;
  /** Shared with the tenant's other environment. */
  readonly apiKeys: Collection<ApiKey>;
  readonly apiKeyCredentials: Registry<KeyCredentialState>;
  readonly tenantId: string;
  readonly environment: Environment;
  /** Makes an id for records that are not in a collection (webhook messages, suggestions). */
  readonly newId: IdFactory;

  constructor(tenantId: string, environment: Environment, nextId: IdFactory, shared: TenantShared) {
    this.tenantId = tenantId;
    this.environment = environment;
    this.newId = nextId;
    const make = <T extends { id: string }>(prefix: string) => new Collection<T>(prefix, nextId);
    this.kbArticles = make('art');
    this.kbCategories = make('cat');
    this.kbSubcategories = make('sub');
    this.kbTags = make('kbt');
    this.conversations = make('cnv');
    this.messages = new Collection<ConversationMessage>('msg', nextId, ['conversationId']);
    this.attachments = make('att');
    this.contacts = make('con');
    this.contactFields = make('fld');
    this.tags = make('tag');
    this.webhooks = make('whk');
    this.webhookDeliveries = make('dlv');
    this.teams = make('team');
    this.users = make('usr');
    this.roles = make('rol');
    this.invitations = make('inv');
    this.channels = make('chn');
    this.automations = make('aut');
    this.snippets = make('snp');
    this.slaPolicies = make('sla');
    this.notifications = make('ntf');
    this.csatResponses = make('csat');
    this.bulkJobs = make('job');
    this.apiKeys = shared.apiKeys;
    this.apiKeyCredentials = shared.apiKeyCredentials;
  }

  /** Empties every collection of this environment and loads `seed` (nothing when undefined). */
  load(seed: EnvironmentSeed | undefined): void {
    this.#clear();
    const s = seed ?? {};
    const fill = <T extends { id: string }>(target: Collection<T>, records: readonly T[] | undefined) => {
      for (const record of records ?? []) target.insert(record);
    };
    fill(this.kbCategories, s.kbCategories);
    fill(this.kbSubcategories, s.kbSubcategories);
    fill(this.kbTags, s.kbTags);
    fill(this.kbArticles, s.kbArticles);
    fill(this.contactFields, s.contactFields);
    fill(this.contacts, s.contacts);
    fill(this.tags, s.tags);
    fill(this.teams, s.teams);
    fill(this.users, s.users);
    fill(this.roles, s.roles);
    fill(this.invitations, s.invitations);
    fill(this.channels, s.channels);
    fill(this.conversations, s.conversations);
    fill(this.messages, s.messages);
    fill(this.attachments, s.attachments);
    fill(this.webhooks, s.webhooks);
    fill(this.automations, s.automations);
    fill(this.snippets, s.snippets);
    fill(this.slaPolicies, s.slaPolicies);
    fill(this.notifications, s.notifications);
    fill(this.csatResponses, s.csatResponses);
    fill(this.bulkJobs, s.bulkJobs);
    this.#loadSideState(s);
  }

  #loadSideState(s: EnvironmentSeed): void {
    for (const [id, secret] of Object.entries(s.webhookSecrets ?? {})) {
      this.webhookSecrets.set(id, { current: secret, previous: null, previousExpiresAt: null });
    }
    for (const [userId, roleId] of Object.entries(s.userRoles ?? {})) {
      const user = this.users.get(userId);
      this.userRoles.set(userId, { roleId, updatedAt: user?.createdAt ?? '2026-01-01T00:00:00Z' });
    }
    for (const [channelId, config] of Object.entries(s.widgetConfigs ?? {})) this.widgetConfigs.set(channelId, config);
    for (const availability of s.agentAvailability ?? []) this.agentAvailability.set(availability.agentId, availability);
    if (s.settings) this.settings.set(s.settings);
    if (s.billing) this.billing.set(s.billing);
  }

  #clear(): void {
    for (const value of Object.values(this)) {
      if (value === this.apiKeys || value === this.apiKeyCredentials) continue;
      if (value instanceof Collection || value instanceof Registry || value instanceof Singleton) value.clear();
    }
  }
}

/** Every tenant's stores; environments are created on first use. */
export interface MockStore {
  /** The collections of one tenant and environment; empty for a tenant the seed does not know. */
  for(tenantId: string, environment: Environment): EnvironmentStore;
  /** Puts every store created so far back to the seed (or empty, with `seed: false`). */
  reset(): void;
  /** The key minted through `createApiKey` (any tenant) that `secret` is a working or past secret of. */
  findMintedKey(secret: string): MintedKeyMatch | undefined;
}

/** A minted key found by one of its secrets. */
export interface MintedKeyMatch {
  readonly tenantId: string;
  /** The key as listed; the revoked key as it was when revoked. */
  readonly key: ApiKey;
  readonly state: KeyCredentialState;
  /** Whether the secret presented is the previous one of a rotation. */
  readonly previous: boolean;
}

export interface CreateStoreOptions {
  /**
   * The data every environment starts from (and `reset()` returns to); `false` starts empty.
   * @default DEFAULT_SEED
   */
  readonly seed?: SeedData | false;
}

/**
 * Creates the in-memory store of the mock.
 *
 * @example
 * const store = createStore();
 * store.for('ten_acme', 'sandbox').kbArticles.list(); // the seeded sandbox articles
 */
export function createStore(options: CreateStoreOptions = {}): MockStore {
  const seed: SeedData = options.seed === false ? { tenants: {} } : (options.seed ?? DEFAULT_SEED);
  const nextId = createIdFactory();
  const shared = new Map<string, TenantShared>();
  const stores = new Map<string, EnvironmentStore>();

  const sharedOf = (tenantId: string): TenantShared => {
    let found = shared.get(tenantId);
    if (!found) {
      found = new TenantShared(nextId);
      found.load(seed.tenants[tenantId]);
      shared.set(tenantId, found);
    }
    return found;
  };

  return {
    for(tenantId, environment) {
      const key = `${tenantId}\u0000${environment}`;
      let store = stores.get(key);
      if (!store) {
        store = new EnvironmentStore(tenantId, environment, nextId, sharedOf(tenantId));
        store.load(seed.tenants[tenantId]?.[environment]);
        stores.set(key, store);
      }
      return store;
    },
    findMintedKey(secret) {
      // Few keys are minted in a mock's life, so a scan is cheaper than keeping an index honest.
      for (const [tenantId, tenant] of shared) {
        for (const [keyId, state] of tenant.apiKeyCredentials.entries()) {
          const previous = state.previous?.secret === secret;
          if (state.secret !== secret && !previous) continue;
          const key = state.revoked?.key ?? tenant.apiKeys.get(keyId);
          return key ? { tenantId, key, state, previous } : undefined;
        }
      }
      return undefined;
    },
    reset() {
      for (const [tenantId, tenant] of shared) tenant.load(seed.tenants[tenantId]);
      for (const store of stores.values()) store.load(seed.tenants[store.tenantId]?.[store.environment]);
    },
  };
}
