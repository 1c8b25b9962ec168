/**
 * The chat widget's endpoints. A publishable key is pinned to one channel
 * (`ctx.caller.key.channelId`): the widget sees that channel's configuration and only the
 * conversations started on it; internal notes never reach the visitor.
 */
import type {
  BusinessHours,
  Conversation,
  ConversationMessage,
  WidgetBusinessHours,
  WidgetConfig,
  WidgetConversation,
  WidgetConversationCreate,
  WidgetMessage,
  WidgetMessageCreate,
} from '@atender/contract';
import type { EnvironmentStore } from '../store.js';
import type { OperationContext, TypedOperationHandler } from '../types.js';
import { addMessage, messagesOf, openConversation } from './conversation-ops.js';
import { emitContactCreated, emitConversationCreated } from './events.js';
import { bodyOf, created, isoNow, notFound, ok, param } from './respond.js';

/**
 * The channel id the key is pinned to; a key without one uses the first chat channel. The widget
 * operations declare no 404, so an unknown channel still answers (with default looks).
 */
function pinnedChannelId(ctx: OperationContext): string {
  const pinned = ctx.caller.kind === 'session' ? undefined : ctx.caller.key.channelId;
  return pinned ?? ctx.store.channels.find((channel) => channel.type === 'chat')?.id ?? 'chn_chat';
}

/** Whether `now` falls in one of the intervals, in the intervals' time zone. */
function isOpenAt(hours: BusinessHours, timeZone: string, now: number): boolean {
  if (!hours.enabled || hours.intervals.length === 0) return true;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'long',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(now);
  } catch {
    return true;
  }
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  const day = get('weekday').toLowerCase();
  const time = `${get('hour')}:${get('minute')}`;
  return hours.intervals.some((interval) => interval.day === day && interval.opens <= time && time < interval.closes);
}

function widgetBusinessHours(ctx: OperationContext, offlineMessage: string | null): WidgetBusinessHours {
  const settings = ctx.store.settings.get();
  const timezone = settings?.timezone ?? 'UTC';
  const hours = settings?.businessHours ?? { enabled: false, intervals: [] };
  return {
    timezone,
    intervals: hours.enabled ? hours.intervals.map((i) => ({ day: i.day, open: i.opens, close: i.closes })) : [],
    openNow: isOpenAt(hours, timezone, ctx.now),
    offlineMessage,
  };
}

/** `GET /widget/config`: the seeded look of the channel, or a plain default. */
export const getWidgetConfig: TypedOperationHandler<'getWidgetConfig'> = (ctx) => {
  const channelId = pinnedChannelId(ctx);
  const stored = ctx.store.widgetConfigs.get(channelId);
  const config: WidgetConfig = {
    channelId,
    name: stored?.name ?? ctx.store.settings.get()?.name ?? ctx.store.channels.get(channelId)?.name ?? 'Support',
    greeting: stored?.greeting ?? 'Hi! How can we help?',
    colors: stored?.colors ?? { primary: '#2563EB', background: '#FFFFFF', text: '#111827' },
    businessHours: widgetBusinessHours(ctx, stored?.businessHours.offlineMessage ?? null),
  };
  return ok(config);
};

function toWidgetMessage(message: ConversationMessage): WidgetMessage {
  const author = message.author;
  return {
    id: message.id,
    conversationId: message.conversationId,
    authorType: author.type === 'contact' ? 'visitor' : author.type,
    authorName: author.type === 'contact' ? null : author.name,
    body: message.body,
    createdAt: message.createdAt,
  };
}

function widgetConversation(store: EnvironmentStore, conversation: Conversation, channelId: string): WidgetConversation {
  const messages = messagesOf(store, conversation.id)
    .filter((m) => !m.internal)
    .map(toWidgetMessage);
  return { id: conversation.id, channelId, status: conversation.status, messages, createdAt: conversation.createdAt };
}

/** The visitor's contact: found by email, or created (anonymous visitors get a contact too). */
function visitorContact(ctx: OperationContext, input: WidgetConversationCreate, now: string): string {
  const email = input.email?.toLowerCase();
  const existing = email === undefined ? undefined : ctx.store.contacts.find((c) => c.email?.toLowerCase() === email);
  if (existing) return existing.id;
  const contact = ctx.store.contacts.insert({
    email: input.email ?? null,
    name: input.name ?? null,
    phone: null,
    company: null,
    customFields: {},
    createdAt: now,
    updatedAt: now,
  });
  emitContactCreated(ctx, contact);
  return contact.id;
}

/** `POST /widget/conversations`: a chat conversation on the key's channel with the first message. */
export const createWidgetConversation: TypedOperationHandler<'createWidgetConversation'> = (ctx) => {
  const channelId = pinnedChannelId(ctx);
  const input = bodyOf<WidgetConversationCreate>(ctx);
  const now = isoNow(ctx);
  const contactId = visitorContact(ctx, input, now);
  const conversation = openConversation(ctx.store, { contactId, channel: 'chat', channelId, subject: null }, now);
  emitConversationCreated(ctx, conversation);
  const name = input.name ?? input.email ?? 'Visitor';
  addMessage(
    ctx.store,
    conversation,
    { author: { type: 'contact', id: contactId, name }, body: input.message, internal: false, attachmentIds: [] },
    now,
    ctx,
  );
  return created(widgetConversation(ctx.store, conversation, channelId));
};

/** `POST /widget/conversations/{conversationId}/messages`: only on the key's own channel (else 404). */
export const sendWidgetMessage: TypedOperationHandler<'sendWidgetMessage'> = (ctx) => {
  const id = param(ctx, 'conversationId');
  const conversation = ctx.store.conversations.get(id);
  if (!conversation || conversation.channelId !== pinnedChannelId(ctx)) return notFound(ctx, 'conversation', id);
  const { body } = bodyOf<WidgetMessageCreate>(ctx);
  const contact = ctx.store.contacts.get(conversation.contactId);
  const author = { type: 'contact' as const, id: conversation.contactId, name: contact?.name ?? contact?.email ?? 'Visitor' };
  const message = addMessage(ctx.store, conversation, { author, body, internal: false, attachmentIds: [] }, isoNow(ctx), ctx);
  return created(toWidgetMessage(message));
};
