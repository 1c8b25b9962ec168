/**
 * The webhook events writes emit, one helper per event of the spec's `webhooks` section, each
 * carrying the resource as the store now holds it. Handlers call these after the write; the
 * dispatcher (`ctx.webhooks`) logs and delivers them without delaying the answer.
 */
import type { Contact, Conversation, ConversationMessage, ConversationStatus, KbArticle } from '@atender/contract';
import type { OperationContext } from '../types.js';
import { isoNow } from './respond.js';

/** What emitting needs from a handler's context. */
export type EventContext = Pick<OperationContext, 'webhooks' | 'now' | 'caller'>;

/** The user behind the change: a session's user; an API key or an automation is nobody (`null`). */
const actor = (ctx: EventContext): string | null => (ctx.caller.kind === 'session' ? ctx.caller.userId : null);

export function emitConversationCreated(ctx: EventContext, conversation: Conversation): void {
  ctx.webhooks.emit({ type: 'conversation.created', timestamp: isoNow(ctx), data: { conversation } });
}

/** Only when the status really changed. */
export function emitConversationStatusChanged(ctx: EventContext, conversation: Conversation, previousStatus: ConversationStatus): void {
  if (conversation.status === previousStatus) return;
  ctx.webhooks.emit({
    type: 'conversation.status_changed',
    timestamp: isoNow(ctx),
    data: { conversation, previousStatus, changedBy: actor(ctx) },
  });
}

/** Only when the assignee or the team really changed (unassignment included). */
export function emitConversationAssigned(ctx: EventContext, conversation: Conversation, previous: Conversation): void {
  if (conversation.assigneeId === previous.assigneeId && conversation.teamId === previous.teamId) return;
  ctx.webhooks.emit({
    type: 'conversation.assigned',
    timestamp: isoNow(ctx),
    data: { conversation, previousAssigneeId: previous.assigneeId, previousTeamId: previous.teamId, assignedBy: actor(ctx) },
  });
}

export function emitMessageCreated(ctx: EventContext, message: ConversationMessage): void {
  ctx.webhooks.emit({ type: 'message.created', timestamp: isoNow(ctx), data: { message } });
}

export function emitContactCreated(ctx: EventContext, contact: Contact): void {
  ctx.webhooks.emit({ type: 'contact.created', timestamp: isoNow(ctx), data: { contact } });
}

const CONTACT_FIELDS = ['email', 'name', 'phone', 'company'] as const;

/** The fields that differ, custom fields as `customFields.<key>` (the spec's `changedFields`). */
function changedFields(before: Contact, after: Contact): string[] {
  const changed: string[] = CONTACT_FIELDS.filter((field) => before[field] !== after[field]);
  const keys = new Set([...Object.keys(before.customFields), ...Object.keys(after.customFields)]);
  for (const key of [...keys].sort()) {
    if (JSON.stringify(before.customFields[key]) !== JSON.stringify(after.customFields[key])) changed.push(`customFields.${key}`);
  }
  return changed;
}

/** Only when a field really changed. */
export function emitContactUpdated(ctx: EventContext, contact: Contact, before: Contact): void {
  const fields = changedFields(before, contact);
  if (fields.length === 0) return;
  ctx.webhooks.emit({ type: 'contact.updated', timestamp: isoNow(ctx), data: { contact, changedFields: fields } });
}

/** When an article becomes published (first publication or republication). */
export function emitArticlePublished(ctx: EventContext, article: KbArticle, previousStatus: KbArticle['status'] | null): void {
  if (article.status !== 'published' || previousStatus === 'published') return;
  ctx.webhooks.emit({ type: 'kb_article.published', timestamp: isoNow(ctx), data: { article } });
}
