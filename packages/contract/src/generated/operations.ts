// generated from openapi/atender.yaml by scripts/generate.ts — do not edit

import type { Scope } from './scopes.js';

/** Who may reach an operation besides its scope. */
export type Visibility = 'public' | 'dashboard' | 'widget';
export type HttpMethod = 'get' | 'put' | 'post' | 'patch' | 'delete';
export type CredentialScheme = 'apiKey' | 'apiKeyHeader' | 'session' | 'publishableKey';

/** The rules of one operation, read from its `security` and `x-` extensions. */
export interface OperationRule {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** The templated path, e.g. `/api/v1/kb/articles/{articleId}`. */
  readonly path: string;
  /** The one scope the operation needs, or `null` when it needs none. */
  readonly scope: Scope | null;
  /** The security schemes that may call it. */
  readonly credentials: readonly CredentialScheme[];
  readonly visibility: Visibility;
  /** In the contract but not released: answers `ENDPOINT_RESERVED`. */
  readonly reserved: boolean;
  /** Units of the rate-limit budget one call spends. */
  readonly cost: number;
}

/** Every operation of the spec, sorted by path then method. */
export const OPERATIONS = [
  { operationId: "listAgentAvailability", method: "get", path: "/api/v1/agents/availability", scope: "agents:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "setAgentAvailability", method: "put", path: "/api/v1/agents/{agentId}/availability", scope: "agents:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "getAiReplySuggestions", method: "get", path: "/api/v1/ai/reply-suggestions", scope: "conversations:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: true, cost: 1 },
  { operationId: "getAgentStats", method: "get", path: "/api/v1/analytics/agent-stats", scope: "analytics:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "getConversationVolume", method: "get", path: "/api/v1/analytics/conversation-volume", scope: "analytics:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "getSlaBreachRates", method: "get", path: "/api/v1/analytics/sla-breaches", scope: "analytics:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "listApiKeys", method: "get", path: "/api/v1/api-keys", scope: "settings:read", credentials: ["session"], visibility: "dashboard", reserved: false, cost: 1 },
  { operationId: "createApiKey", method: "post", path: "/api/v1/api-keys", scope: "settings:write", credentials: ["session"], visibility: "dashboard", reserved: false, cost: 1 },
  { operationId: "revokeApiKey", method: "delete", path: "/api/v1/api-keys/{keyId}", scope: "settings:write", credentials: ["session"], visibility: "dashboard", reserved: false, cost: 1 },
  { operationId: "rotateApiKey", method: "post", path: "/api/v1/api-keys/{keyId}/rotate", scope: "settings:write", credentials: ["session"], visibility: "dashboard", reserved: false, cost: 1 },
  { operationId: "getAttachment", method: "get", path: "/api/v1/attachments/{attachmentId}", scope: "attachments:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "getApiKeyInfo", method: "get", path: "/api/v1/auth/key", scope: null, credentials: ["apiKey", "apiKeyHeader"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "getApiKeyUsage", method: "get", path: "/api/v1/auth/key/usage", scope: null, credentials: ["apiKey", "apiKeyHeader"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "listAutomations", method: "get", path: "/api/v1/automations", scope: "automations:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "updateAutomation", method: "patch", path: "/api/v1/automations/{automationId}", scope: "automations:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "getBillingSubscription", method: "get", path: "/api/v1/billing/subscription", scope: "settings:read", credentials: ["session"], visibility: "dashboard", reserved: false, cost: 1 },
  { operationId: "createBulkJob", method: "post", path: "/api/v1/bulk/jobs", scope: "bulk:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 10 },
  { operationId: "getBulkJob", method: "get", path: "/api/v1/bulk/jobs/{jobId}", scope: "bulk:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "listChannels", method: "get", path: "/api/v1/channels", scope: "channels:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "listContactFields", method: "get", path: "/api/v1/contact-fields", scope: "contacts:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "createContactField", method: "post", path: "/api/v1/contact-fields", scope: "contacts:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "getContactField", method: "get", path: "/api/v1/contact-fields/{fieldId}", scope: "contacts:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "updateContactField", method: "patch", path: "/api/v1/contact-fields/{fieldId}", scope: "contacts:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "deleteContactField", method: "delete", path: "/api/v1/contact-fields/{fieldId}", scope: "contacts:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "listContacts", method: "get", path: "/api/v1/contacts", scope: "contacts:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "createContact", method: "post", path: "/api/v1/contacts", scope: "contacts:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "getContact", method: "get", path: "/api/v1/contacts/{contactId}", scope: "contacts:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "updateContact", method: "patch", path: "/api/v1/contacts/{contactId}", scope: "contacts:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "deleteContact", method: "delete", path: "/api/v1/contacts/{contactId}", scope: "contacts:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "getContactCustomFields", method: "get", path: "/api/v1/contacts/{contactId}/custom-fields", scope: "contacts:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "setContactCustomFields", method: "put", path: "/api/v1/contacts/{contactId}/custom-fields", scope: "contacts:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "listConversations", method: "get", path: "/api/v1/conversations", scope: "conversations:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "createConversation", method: "post", path: "/api/v1/conversations", scope: "conversations:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "getConversation", method: "get", path: "/api/v1/conversations/{conversationId}", scope: "conversations:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "assignConversation", method: "post", path: "/api/v1/conversations/{conversationId}/assign", scope: "conversations:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "listConversationAttachments", method: "get", path: "/api/v1/conversations/{conversationId}/attachments", scope: "attachments:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "createAttachment", method: "post", path: "/api/v1/conversations/{conversationId}/attachments", scope: "attachments:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "listConversationMessages", method: "get", path: "/api/v1/conversations/{conversationId}/messages", scope: "conversations:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "sendConversationMessage", method: "post", path: "/api/v1/conversations/{conversationId}/messages", scope: "conversations:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "changeConversationStatus", method: "post", path: "/api/v1/conversations/{conversationId}/status", scope: "conversations:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "assignConversationTag", method: "put", path: "/api/v1/conversations/{conversationId}/tags/{tagId}", scope: "conversations:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "removeConversationTag", method: "delete", path: "/api/v1/conversations/{conversationId}/tags/{tagId}", scope: "conversations:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "listCsatResponses", method: "get", path: "/api/v1/csat/responses", scope: "csat:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "listKbArticles", method: "get", path: "/api/v1/kb/articles", scope: "knowledge:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "createKbArticle", method: "post", path: "/api/v1/kb/articles", scope: "knowledge:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "getKbArticle", method: "get", path: "/api/v1/kb/articles/{articleId}", scope: "knowledge:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "updateKbArticle", method: "patch", path: "/api/v1/kb/articles/{articleId}", scope: "knowledge:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "deleteKbArticle", method: "delete", path: "/api/v1/kb/articles/{articleId}", scope: "knowledge:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "listKbCategories", method: "get", path: "/api/v1/kb/categories", scope: "knowledge:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "createKbCategory", method: "post", path: "/api/v1/kb/categories", scope: "knowledge:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "getKbCategory", method: "get", path: "/api/v1/kb/categories/{categoryId}", scope: "knowledge:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "updateKbCategory", method: "patch", path: "/api/v1/kb/categories/{categoryId}", scope: "knowledge:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "deleteKbCategory", method: "delete", path: "/api/v1/kb/categories/{categoryId}", scope: "knowledge:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "searchKbArticles", method: "get", path: "/api/v1/kb/search", scope: "knowledge:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "listKbSubcategories", method: "get", path: "/api/v1/kb/subcategories", scope: "knowledge:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "createKbSubcategory", method: "post", path: "/api/v1/kb/subcategories", scope: "knowledge:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "getKbSubcategory", method: "get", path: "/api/v1/kb/subcategories/{subcategoryId}", scope: "knowledge:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "updateKbSubcategory", method: "patch", path: "/api/v1/kb/subcategories/{subcategoryId}", scope: "knowledge:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "deleteKbSubcategory", method: "delete", path: "/api/v1/kb/subcategories/{subcategoryId}", scope: "knowledge:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "listKbTags", method: "get", path: "/api/v1/kb/tags", scope: "knowledge:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "createKbTag", method: "post", path: "/api/v1/kb/tags", scope: "knowledge:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "getKbTag", method: "get", path: "/api/v1/kb/tags/{kbTagId}", scope: "knowledge:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "updateKbTag", method: "patch", path: "/api/v1/kb/tags/{kbTagId}", scope: "knowledge:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "deleteKbTag", method: "delete", path: "/api/v1/kb/tags/{kbTagId}", scope: "knowledge:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "listNotifications", method: "get", path: "/api/v1/notifications", scope: "notifications:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "markNotificationRead", method: "post", path: "/api/v1/notifications/{notificationId}/read", scope: "notifications:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "listRoles", method: "get", path: "/api/v1/roles", scope: "users:read", credentials: ["session"], visibility: "dashboard", reserved: false, cost: 1 },
  { operationId: "searchWorkspace", method: "get", path: "/api/v1/search", scope: "search:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "getWorkspaceSettings", method: "get", path: "/api/v1/settings", scope: "settings:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "updateWorkspaceSettings", method: "patch", path: "/api/v1/settings", scope: "settings:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "listSlaPolicies", method: "get", path: "/api/v1/sla/policies", scope: "sla:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "listSnippets", method: "get", path: "/api/v1/snippets", scope: "snippets:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "createSnippet", method: "post", path: "/api/v1/snippets", scope: "snippets:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "getServiceStatus", method: "get", path: "/api/v1/status", scope: "status:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "listTags", method: "get", path: "/api/v1/tags", scope: "tags:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "createTag", method: "post", path: "/api/v1/tags", scope: "tags:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "getTagTree", method: "get", path: "/api/v1/tags/tree", scope: "tags:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "getTag", method: "get", path: "/api/v1/tags/{tagId}", scope: "tags:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "updateTag", method: "patch", path: "/api/v1/tags/{tagId}", scope: "tags:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "deleteTag", method: "delete", path: "/api/v1/tags/{tagId}", scope: "tags:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "listTeams", method: "get", path: "/api/v1/teams", scope: "teams:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "getTeam", method: "get", path: "/api/v1/teams/{teamId}", scope: "teams:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "listUsers", method: "get", path: "/api/v1/users", scope: "users:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "inviteUser", method: "post", path: "/api/v1/users/invitations", scope: "users:write", credentials: ["session"], visibility: "dashboard", reserved: false, cost: 1 },
  { operationId: "getUser", method: "get", path: "/api/v1/users/{userId}", scope: "users:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "setUserRole", method: "put", path: "/api/v1/users/{userId}/role", scope: "users:write", credentials: ["session"], visibility: "dashboard", reserved: false, cost: 1 },
  { operationId: "createVoiceCall", method: "post", path: "/api/v1/voice/calls", scope: "channels:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: true, cost: 1 },
  { operationId: "listWebhooks", method: "get", path: "/api/v1/webhooks", scope: "webhooks:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "createWebhook", method: "post", path: "/api/v1/webhooks", scope: "webhooks:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "getWebhook", method: "get", path: "/api/v1/webhooks/{webhookId}", scope: "webhooks:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "updateWebhook", method: "patch", path: "/api/v1/webhooks/{webhookId}", scope: "webhooks:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "deleteWebhook", method: "delete", path: "/api/v1/webhooks/{webhookId}", scope: "webhooks:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "listWebhookDeliveries", method: "get", path: "/api/v1/webhooks/{webhookId}/deliveries", scope: "webhooks:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "getWebhookDelivery", method: "get", path: "/api/v1/webhooks/{webhookId}/deliveries/{deliveryId}", scope: "webhooks:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "redeliverWebhookDelivery", method: "post", path: "/api/v1/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver", scope: "webhooks:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "rotateWebhookSecret", method: "post", path: "/api/v1/webhooks/{webhookId}/rotate-secret", scope: "webhooks:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "sendWebhookTestEvent", method: "post", path: "/api/v1/webhooks/{webhookId}/test", scope: "webhooks:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "getWidgetConfig", method: "get", path: "/api/v1/widget/config", scope: null, credentials: ["publishableKey"], visibility: "widget", reserved: false, cost: 1 },
  { operationId: "createWidgetConversation", method: "post", path: "/api/v1/widget/conversations", scope: null, credentials: ["publishableKey"], visibility: "widget", reserved: false, cost: 1 },
  { operationId: "sendWidgetMessage", method: "post", path: "/api/v1/widget/conversations/{conversationId}/messages", scope: null, credentials: ["publishableKey"], visibility: "widget", reserved: false, cost: 1 },
] as const satisfies readonly OperationRule[];

/** Every operationId. */
export type OperationId = (typeof OPERATIONS)[number]['operationId'];

/** Path → method → required scope (`null`: none), for type-level scope checks. */
export interface PathScopes {
  "/api/v1/agents/availability": { get: "agents:read" };
  "/api/v1/agents/{agentId}/availability": { put: "agents:write" };
  "/api/v1/ai/reply-suggestions": { get: "conversations:read" };
  "/api/v1/analytics/agent-stats": { get: "analytics:read" };
  "/api/v1/analytics/conversation-volume": { get: "analytics:read" };
  "/api/v1/analytics/sla-breaches": { get: "analytics:read" };
  "/api/v1/api-keys": { get: "settings:read"; post: "settings:write" };
  "/api/v1/api-keys/{keyId}": { delete: "settings:write" };
  "/api/v1/api-keys/{keyId}/rotate": { post: "settings:write" };
  "/api/v1/attachments/{attachmentId}": { get: "attachments:read" };
  "/api/v1/auth/key": { get: null };
  "/api/v1/auth/key/usage": { get: null };
  "/api/v1/automations": { get: "automations:read" };
  "/api/v1/automations/{automationId}": { patch: "automations:write" };
  "/api/v1/billing/subscription": { get: "settings:read" };
  "/api/v1/bulk/jobs": { post: "bulk:write" };
  "/api/v1/bulk/jobs/{jobId}": { get: "bulk:read" };
  "/api/v1/channels": { get: "channels:read" };
  "/api/v1/contact-fields": { get: "contacts:read"; post: "contacts:write" };
  "/api/v1/contact-fields/{fieldId}": { get: "contacts:read"; patch: "contacts:write"; delete: "contacts:write" };
  "/api/v1/contacts": { get: "contacts:read"; post: "contacts:write" };
  "/api/v1/contacts/{contactId}": { get: "contacts:read"; patch: "contacts:write"; delete: "contacts:write" };
  "/api/v1/contacts/{contactId}/custom-fields": { get: "contacts:read"; put: "contacts:write" };
  "/api/v1/conversations": { get: "conversations:read"; post: "conversations:write" };
  "/api/v1/conversations/{conversationId}": { get: "conversations:read" };
  "/api/v1/conversations/{conversationId}/assign": { post: "conversations:write" };
  "/api/v1/conversations/{conversationId}/attachments": { get: "attachments:read"; post: "attachments:write" };
  "/api/v1/conversations/{conversationId}/messages": { get: "conversations:read"; post: "conversations:write" };
  "/api/v1/conversations/{conversationId}/status": { post: "conversations:write" };
  "/api/v1/conversations/{conversationId}/tags/{tagId}": { put: "conversations:write"; delete: "conversations:write" };
  "/api/v1/csat/responses": { get: "csat:read" };
  "/api/v1/kb/articles": { get: "knowledge:read"; post: "knowledge:write" };
  "/api/v1/kb/articles/{articleId}": { get: "knowledge:read"; patch: "knowledge:write"; delete: "knowledge:write" };
  "/api/v1/kb/categories": { get: "knowledge:read"; post: "knowledge:write" };
  "/api/v1/kb/categories/{categoryId}": { get: "knowledge:read"; patch: "knowledge:write"; delete: "knowledge:write" };
  "/api/v1/kb/search": { get: "knowledge:read" };
  "/api/v1/kb/subcategories": { get: "knowledge:read"; post: "knowledge:write" };
  "/api/v1/kb/subcategories/{subcategoryId}": { get: "knowledge:read"; patch: "knowledge:write"; delete: "knowledge:write" };
  "/api/v1/kb/tags": { get: "knowledge:read"; post: "knowledge:write" };
  "/api/v1/kb/tags/{kbTagId}": { get: "knowledge:read"; patch: "knowledge:write"; delete: "knowledge:write" };
  "/api/v1/notifications": { get: "notifications:read" };
  "/api/v1/notifications/{notificationId}/read": { post: "notifications:write" };
  "/api/v1/roles": { get: "users:read" };
  "/api/v1/search": { get: "search:read" };
  "/api/v1/settings": { get: "settings:read"; patch: "settings:write" };
  "/api/v1/sla/policies": { get: "sla:read" };
  "/api/v1/snippets": { get: "snippets:read"; post: "snippets:write" };
  "/api/v1/status": { get: "status:read" };
  "/api/v1/tags": { get: "tags:read"; post: "tags:write" };
  "/api/v1/tags/tree": { get: "tags:read" };
  "/api/v1/tags/{tagId}": { get: "tags:read"; patch: "tags:write"; delete: "tags:write" };
  "/api/v1/teams": { get: "teams:read" };
  "/api/v1/teams/{teamId}": { get: "teams:read" };
  "/api/v1/users": { get: "users:read" };
  "/api/v1/users/invitations": { post: "users:write" };
  "/api/v1/users/{userId}": { get: "users:read" };
  "/api/v1/users/{userId}/role": { put: "users:write" };
  "/api/v1/voice/calls": { post: "channels:write" };
  "/api/v1/webhooks": { get: "webhooks:read"; post: "webhooks:write" };
  "/api/v1/webhooks/{webhookId}": { get: "webhooks:read"; patch: "webhooks:write"; delete: "webhooks:write" };
  "/api/v1/webhooks/{webhookId}/deliveries": { get: "webhooks:read" };
  "/api/v1/webhooks/{webhookId}/deliveries/{deliveryId}": { get: "webhooks:read" };
  "/api/v1/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver": { post: "webhooks:write" };
  "/api/v1/webhooks/{webhookId}/rotate-secret": { post: "webhooks:write" };
  "/api/v1/webhooks/{webhookId}/test": { post: "webhooks:write" };
  "/api/v1/widget/config": { get: null };
  "/api/v1/widget/conversations": { post: null };
  "/api/v1/widget/conversations/{conversationId}/messages": { post: null };
}
