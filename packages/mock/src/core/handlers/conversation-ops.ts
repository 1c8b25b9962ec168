/**
 * Store operations on conversations shared by the conversation, widget and bulk handlers:
 * opening one, adding a message (a contact's message reopens it), changing its status.
 */
import type {
  Conversation,
  ConversationChannel,
  ConversationMessage,
  ConversationMessageAuthor,
  ConversationStatus,
  SlaPriority,
} from '@atender/contract';
import type { EnvironmentStore } from '../store.js';
import { type EventContext, emitConversationStatusChanged, emitMessageCreated } from './events.js';

/** What opening a conversation needs. */
export interface OpenConversationInput {
  readonly contactId: string;
  readonly channel: ConversationChannel;
  readonly subject?: string | null;
  readonly status?: ConversationStatus;
  readonly assigneeId?: string | null;
  readonly teamId?: string | null;
  readonly tagIds?: readonly string[];
  /** The inbox; defaults to the first channel of the same kind. */
  readonly channelId?: string | null;
  readonly priority?: SlaPriority;
}

/** Inserts a conversation; `channelId` defaults to the first inbox of the same kind. */
export function openConversation(store: EnvironmentStore, input: OpenConversationInput, now: string): Conversation {
  const status = input.status ?? 'open';
  const channelId = input.channelId !== undefined ? input.channelId : (store.channels.find((c) => c.type === input.channel)?.id ?? null);
  return store.conversations.insert({
    subject: input.subject ?? null,
    status,
    snoozedUntil: null,
    channel: input.channel,
    channelId,
    priority: input.priority ?? 'normal',
    contactId: input.contactId,
    assigneeId: input.assigneeId ?? null,
    teamId: input.teamId ?? null,
    tagIds: [...new Set(input.tagIds ?? [])],
    lastMessageAt: null,
    closedAt: status === 'closed' ? now : null,
    createdAt: now,
    updatedAt: now,
  });
}

/** Sets the status; keeps `snoozedUntil` only while snoozed and `closedAt` only while closed. */
export function setConversationStatus(
  store: EnvironmentStore,
  id: string,
  status: ConversationStatus,
  snoozedUntil: string | null,
  now: string,
): Conversation | undefined {
  const current = store.conversations.get(id);
  return store.conversations.update(id, {
    status,
    snoozedUntil: status === 'snoozed' ? snoozedUntil : null,
    closedAt: status === 'closed' ? (current?.closedAt ?? now) : null,
    updatedAt: now,
  });
}

/** What adding a message needs; the author is resolved by the caller. */
export interface NewMessage {
  readonly author: ConversationMessageAuthor;
  readonly body: string;
  readonly internal: boolean;
  readonly attachmentIds: readonly string[];
}

/**
 * Adds a message, links its attachments and bumps the conversation. A contact's message
 * reopens a pending, snoozed or closed conversation: it needs an agent again. Emits
 * `message.created` (and `conversation.status_changed` on a reopening).
 */
export function addMessage(
  store: EnvironmentStore,
  conversation: Conversation,
  input: NewMessage,
  now: string,
  events: EventContext,
): ConversationMessage {
  const message = store.messages.insert({
    conversationId: conversation.id,
    author: input.author,
    body: input.body,
    internal: input.internal,
    attachmentIds: [...input.attachmentIds],
    createdAt: now,
  });
  for (const attachmentId of input.attachmentIds) store.attachments.update(attachmentId, { messageId: message.id });
  store.conversations.update(conversation.id, { lastMessageAt: now, updatedAt: now });
  emitMessageCreated(events, message);
  if (input.author.type === 'contact' && conversation.status !== 'open') {
    const reopened = setConversationStatus(store, conversation.id, 'open', null, now);
    if (reopened) emitConversationStatusChanged(events, reopened, conversation.status);
  }
  return message;
}

/** The messages of a conversation, oldest first. */
export function messagesOf(store: EnvironmentStore, conversationId: string): ConversationMessage[] {
  return store.messages.listWhere('conversationId', conversationId).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The contact's display name: name, else email, else phone. */
export function contactDisplayName(store: EnvironmentStore, contactId: string): string {
  const contact = store.contacts.get(contactId);
  return contact?.name ?? contact?.email ?? contact?.phone ?? 'Customer';
}
