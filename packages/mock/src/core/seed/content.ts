/**
 * The compact shape demo content is written in (one file per tenant); `build.ts` turns it into
 * spec records with stable ids. Sandbox and production pick different slices of the pools and
 * different contacts, so tests can tell the two environments apart.
 */
import type {
  AutomationTrigger,
  ChannelType,
  ContactCustomFieldValues,
  ContactFieldType,
  ConversationChannel,
  ConversationStatus,
  KbArticleStatus,
  NotificationType,
  SlaPriority,
  UserRole,
  WebhookEventType,
  Weekday,
} from '@atender/contract';

export interface CategoryContent {
  readonly slug: string;
  readonly name: string;
  readonly subs: readonly (readonly [slug: string, name: string])[];
}

export interface ArticleContent {
  readonly slug: string;
  readonly title: string;
  readonly category: string;
  readonly sub: string | null;
  readonly tags: readonly string[];
  readonly status: KbArticleStatus;
  readonly body: string;
}

/** [name, email, phone, company, custom field values]. */
export type ContactContent = readonly [
  name: string | null,
  email: string | null,
  phone: string | null,
  company: string | null,
  custom: ContactCustomFieldValues,
];

/** [who, minutes after the conversation opened, body]: c contact, a assignee, n internal note, b bot. */
export type MessageContent = readonly [who: 'c' | 'a' | 'n' | 'b', minutes: number, body: string];

export interface ConversationContent {
  readonly subject: string;
  readonly channel: ConversationChannel;
  readonly status: ConversationStatus;
  /** Index into the environment's contacts. */
  readonly contact: number;
  /** Index into the users; `null` unassigned. */
  readonly assignee: number | null;
  readonly team: number | null;
  /** Tag names (children or parents). */
  readonly tags: readonly string[];
  readonly priority: SlaPriority;
  /** Day offset from the environment's first day, and the local time it opened (`HH:MM`, UTC). */
  readonly day: number;
  readonly time: string;
  readonly messages: readonly MessageContent[];
  /** Minutes after opening when it closed (closed conversations). */
  readonly closedAfter?: number;
  /** Minutes after opening it wakes up (snoozed conversations). */
  readonly snoozedFor?: number;
  /** A CSAT answer after closing: [rating, comment]. */
  readonly csat?: readonly [rating: number, comment: string | null];
}

export interface TenantContent {
  /** Short name used in ids: `acme` → `art_acmeP01`. */
  readonly key: string;
  readonly tenantId: string;
  readonly name: string;
  readonly timezone: string;
  readonly language: string;
  readonly hours: readonly (readonly [Weekday, opens: string, closes: string])[];
  readonly widget: { readonly channelId: string; readonly greeting: string; readonly primary: string; readonly offline: string };
  readonly categories: readonly CategoryContent[];
  readonly kbTags: readonly string[];
  /** 14 articles: production takes the first 12, the sandbox the last 12. */
  readonly articles: readonly ArticleContent[];
  readonly fields: readonly (readonly [key: string, label: string, type: ContactFieldType, options?: readonly string[]])[];
  readonly contacts: { readonly production: readonly ContactContent[]; readonly sandbox: readonly ContactContent[] };
  readonly tagTree: readonly (readonly [name: string, color: string, children: readonly (readonly [string, string])[]])[];
  readonly teams: readonly string[];
  /** [name, email, role, team indexes]. */
  readonly users: readonly (readonly [string, string, UserRole, readonly number[]])[];
  readonly channels: readonly (readonly [key: string, type: ChannelType, name: string, address: string | null])[];
  /** 12 scripts: production takes the first 10, the sandbox the last 10. */
  readonly conversations: readonly ConversationContent[];
  readonly snippets: readonly (readonly [shortcut: string, title: string, body: string])[];
  readonly sla: readonly (readonly [name: string, priority: SlaPriority, firstResponse: number, resolution: number])[];
  readonly automations: readonly (readonly [name: string, trigger: AutomationTrigger, enabled: boolean])[];
  readonly webhooks: readonly (readonly [url: string, description: string, events: readonly WebhookEventType[], active: boolean])[];
  readonly notifications: readonly (readonly [type: NotificationType, title: string, conversation: number | null, read: boolean])[];
  readonly plan: 'starter' | 'growth' | 'business' | 'enterprise';
  readonly seats: number;
}
