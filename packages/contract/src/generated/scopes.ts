// generated from openapi/atender.yaml by scripts/generate.ts — do not edit

/** Every scope, as a const object (`Scope.KnowledgeRead`) and as a type (`Scope`). */
export const Scope = {
  /** Read knowledge base articles, categories, subcategories and tags. */
  KnowledgeRead: "knowledge:read",
  /** Create, change and delete knowledge base content. */
  KnowledgeWrite: "knowledge:write",
  /** Read conversations and their messages. */
  ConversationsRead: "conversations:read",
  /** Create conversations, send messages, change status, assign, tag. */
  ConversationsWrite: "conversations:write",
  /** Read contacts, their custom field values and the field definitions. */
  ContactsRead: "contacts:read",
  /** Create, change and delete contacts and custom fields. */
  ContactsWrite: "contacts:write",
  /** Read the tag tree. */
  TagsRead: "tags:read",
  /** Create, change and delete tags. */
  TagsWrite: "tags:write",
  /** Read reports (volume, SLA breaches, agent stats). */
  AnalyticsRead: "analytics:read",
  /** Schedule and manage report exports. */
  AnalyticsWrite: "analytics:write",
  /** Read users. */
  UsersRead: "users:read",
  /** Change user profiles. */
  UsersWrite: "users:write",
  /** Read workspace settings. */
  SettingsRead: "settings:read",
  /** Change workspace settings. */
  SettingsWrite: "settings:write",
  /** Search across the workspace. */
  SearchRead: "search:read",
  /** Manage saved searches. */
  SearchWrite: "search:write",
  /** Read bulk jobs. */
  BulkRead: "bulk:read",
  /** Start bulk jobs. */
  BulkWrite: "bulk:write",
  /** Read webhook endpoints. */
  WebhooksRead: "webhooks:read",
  /** Create, change, delete, rotate and test webhook endpoints. */
  WebhooksWrite: "webhooks:write",
  /** Read channels. */
  ChannelsRead: "channels:read",
  /** Change channels. */
  ChannelsWrite: "channels:write",
  /** Read automation rules. */
  AutomationsRead: "automations:read",
  /** Create and change automation rules. */
  AutomationsWrite: "automations:write",
  /** Read agent presence. */
  AgentsRead: "agents:read",
  /** Change agent availability. */
  AgentsWrite: "agents:write",
  /** Read snippets (canned replies). */
  SnippetsRead: "snippets:read",
  /** Create and change snippets. */
  SnippetsWrite: "snippets:write",
  /** Read SLA policies. */
  SlaRead: "sla:read",
  /** Change SLA policies. */
  SlaWrite: "sla:write",
  /** Read attachments. */
  AttachmentsRead: "attachments:read",
  /** Upload attachments. */
  AttachmentsWrite: "attachments:write",
  /** Read notifications. */
  NotificationsRead: "notifications:read",
  /** Mark notifications read. */
  NotificationsWrite: "notifications:write",
  /** Read teams. */
  TeamsRead: "teams:read",
  /** Change teams. */
  TeamsWrite: "teams:write",
  /** Read CSAT responses. */
  CsatRead: "csat:read",
  /** Change CSAT surveys. */
  CsatWrite: "csat:write",
  /** Read the service status. */
  StatusRead: "status:read",
  /** Post status incidents. */
  StatusWrite: "status:write",
} as const;
/** A scope string, `<surface>:<action>`. */
export type Scope = (typeof Scope)[keyof typeof Scope];

/** Every scope, in spec order. */
export const SCOPES: readonly Scope[] = [
  "knowledge:read",
  "knowledge:write",
  "conversations:read",
  "conversations:write",
  "contacts:read",
  "contacts:write",
  "tags:read",
  "tags:write",
  "analytics:read",
  "analytics:write",
  "users:read",
  "users:write",
  "settings:read",
  "settings:write",
  "search:read",
  "search:write",
  "bulk:read",
  "bulk:write",
  "webhooks:read",
  "webhooks:write",
  "channels:read",
  "channels:write",
  "automations:read",
  "automations:write",
  "agents:read",
  "agents:write",
  "snippets:read",
  "snippets:write",
  "sla:read",
  "sla:write",
  "attachments:read",
  "attachments:write",
  "notifications:read",
  "notifications:write",
  "teams:read",
  "teams:write",
  "csat:read",
  "csat:write",
  "status:read",
  "status:write",
];

/** The surfaces scopes are made of. */
export const SCOPE_SURFACES = ["knowledge", "conversations", "contacts", "tags", "analytics", "users", "settings", "search", "bulk", "webhooks", "channels", "automations", "agents", "snippets", "sla", "attachments", "notifications", "teams", "csat", "status"] as const;
export type ScopeSurface = (typeof SCOPE_SURFACES)[number];

/** What each scope allows. */
export const SCOPE_DESCRIPTIONS: Readonly<Record<Scope, string>> = {
  "knowledge:read": "Read knowledge base articles, categories, subcategories and tags.",
  "knowledge:write": "Create, change and delete knowledge base content.",
  "conversations:read": "Read conversations and their messages.",
  "conversations:write": "Create conversations, send messages, change status, assign, tag.",
  "contacts:read": "Read contacts, their custom field values and the field definitions.",
  "contacts:write": "Create, change and delete contacts and custom fields.",
  "tags:read": "Read the tag tree.",
  "tags:write": "Create, change and delete tags.",
  "analytics:read": "Read reports (volume, SLA breaches, agent stats).",
  "analytics:write": "Schedule and manage report exports.",
  "users:read": "Read users.",
  "users:write": "Change user profiles.",
  "settings:read": "Read workspace settings.",
  "settings:write": "Change workspace settings.",
  "search:read": "Search across the workspace.",
  "search:write": "Manage saved searches.",
  "bulk:read": "Read bulk jobs.",
  "bulk:write": "Start bulk jobs.",
  "webhooks:read": "Read webhook endpoints.",
  "webhooks:write": "Create, change, delete, rotate and test webhook endpoints.",
  "channels:read": "Read channels.",
  "channels:write": "Change channels.",
  "automations:read": "Read automation rules.",
  "automations:write": "Create and change automation rules.",
  "agents:read": "Read agent presence.",
  "agents:write": "Change agent availability.",
  "snippets:read": "Read snippets (canned replies).",
  "snippets:write": "Create and change snippets.",
  "sla:read": "Read SLA policies.",
  "sla:write": "Change SLA policies.",
  "attachments:read": "Read attachments.",
  "attachments:write": "Upload attachments.",
  "notifications:read": "Read notifications.",
  "notifications:write": "Mark notifications read.",
  "teams:read": "Read teams.",
  "teams:write": "Change teams.",
  "csat:read": "Read CSAT responses.",
  "csat:write": "Change CSAT surveys.",
  "status:read": "Read the service status.",
  "status:write": "Post status incidents.",
};

/** Named scope sets a key can be created with. */
export const SCOPE_BUNDLES = {
  basic: ["contacts:read", "conversations:read", "tags:read"],
  read_all: ["knowledge:read", "conversations:read", "contacts:read", "tags:read", "analytics:read", "users:read", "settings:read", "search:read", "bulk:read", "webhooks:read", "channels:read", "automations:read", "agents:read", "snippets:read", "sla:read", "attachments:read", "notifications:read", "teams:read", "csat:read", "status:read"],
  write_all: ["knowledge:write", "conversations:write", "contacts:write", "tags:write", "analytics:write", "users:write", "settings:write", "search:write", "bulk:write", "webhooks:write", "channels:write", "automations:write", "agents:write", "snippets:write", "sla:write", "attachments:write", "notifications:write", "teams:write", "csat:write", "status:write"],
  full_access: ["knowledge:read", "knowledge:write", "conversations:read", "conversations:write", "contacts:read", "contacts:write", "tags:read", "tags:write", "analytics:read", "analytics:write", "users:read", "users:write", "settings:read", "settings:write", "search:read", "search:write", "bulk:read", "bulk:write", "webhooks:read", "webhooks:write", "channels:read", "channels:write", "automations:read", "automations:write", "agents:read", "agents:write", "snippets:read", "snippets:write", "sla:read", "sla:write", "attachments:read", "attachments:write", "notifications:read", "notifications:write", "teams:read", "teams:write", "csat:read", "csat:write", "status:read", "status:write"],
  analytics_only: ["analytics:read", "conversations:read"],
  integration: ["knowledge:write", "conversations:write", "contacts:write", "tags:write", "attachments:write", "webhooks:write", "search:read", "users:read", "teams:read"],
} as const satisfies Readonly<Record<string, readonly Scope[]>>;
/** The name of a scope bundle. */
export type ScopeBundle = keyof typeof SCOPE_BUNDLES;
/** Every bundle name. */
export const SCOPE_BUNDLE_NAMES: readonly ScopeBundle[] = ["basic", "read_all", "write_all", "full_access", "analytics_only", "integration"];
