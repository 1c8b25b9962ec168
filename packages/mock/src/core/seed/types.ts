/**
 * The shape of seed data: what each tenant+environment store starts from. Records are the
 * spec's own types; the side facts (conversation channel, webhook secrets, user roles) are
 * keyed by the id of the record they belong to.
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
  WidgetConfig,
  WorkspaceSettings,
} from '@atender/contract';

/** Seed content of one tenant+environment; every part is optional. */
export interface EnvironmentSeed {
  readonly kbArticles?: readonly KbArticle[];
  readonly kbCategories?: readonly KbCategory[];
  readonly kbSubcategories?: readonly KbSubcategory[];
  readonly kbTags?: readonly KbTag[];
  readonly conversations?: readonly Conversation[];
  readonly messages?: readonly ConversationMessage[];
  readonly attachments?: readonly Attachment[];
  readonly contacts?: readonly Contact[];
  readonly contactFields?: readonly ContactField[];
  readonly tags?: readonly Tag[];
  readonly webhooks?: readonly Webhook[];
  /** Webhook id → its signing secret (`whsec_…`). */
  readonly webhookSecrets?: Readonly<Record<string, string>>;
  readonly teams?: readonly Team[];
  readonly users?: readonly User[];
  /** User id → role id. */
  readonly userRoles?: Readonly<Record<string, string>>;
  readonly roles?: readonly Role[];
  readonly invitations?: readonly UserInvitation[];
  readonly settings?: WorkspaceSettings;
  readonly billing?: BillingSubscription;
  readonly channels?: readonly Channel[];
  /** Channel id → the chat widget's configuration. */
  readonly widgetConfigs?: Readonly<Record<string, WidgetConfig>>;
  readonly automations?: readonly Automation[];
  readonly agentAvailability?: readonly AgentAvailability[];
  readonly snippets?: readonly Snippet[];
  readonly slaPolicies?: readonly SlaPolicy[];
  readonly notifications?: readonly Notification[];
  readonly csatResponses?: readonly CsatResponse[];
  readonly bulkJobs?: readonly BulkJob[];
}

/** Seed content of one tenant: its two environments plus what spans both (API keys). */
export interface TenantSeed {
  readonly production?: EnvironmentSeed;
  readonly sandbox?: EnvironmentSeed;
  /** Secret API keys of both environments (the dashboard lists them together). */
  readonly apiKeys?: readonly ApiKey[];
}

/** Seed content by tenant id. */
export interface SeedData {
  readonly tenants: Readonly<Record<string, TenantSeed>>;
}
