/**
 * Conversations: list with filters, open, status changes (with transition rules), assignment,
 * messages and tags. References in a body (contact, user, team, tag, attachment) must exist in
 * the caller's tenant and environment (400); the conversation in the path answers 404.
 */
import type {
  ConversationAssignment,
  ConversationCreate,
  ConversationMessageAuthor,
  ConversationMessageCreate,
  ConversationStatus,
  ConversationStatusChange,
  FieldError,
} from '@atender/contract';
import type { EnvironmentStore } from '../store.js';
import type { OperationContext, TypedOperationHandler } from '../types.js';
import { addMessage, contactDisplayName, messagesOf, openConversation, setConversationStatus } from './conversation-ops.js';
import { emitConversationAssigned, emitConversationCreated, emitConversationStatusChanged } from './events.js';
import {
  bodyOf,
  conflict,
  created,
  invalidField,
  isoNow,
  notFound,
  ok,
  okOrNotFound,
  param,
  queryString,
  respondPage,
  validationFailed,
} from './respond.js';

/** `GET /conversations`: most recently active first; filters `status`, `assigneeId`, `contactId`, `channel`. */
export const listConversations: TypedOperationHandler<'listConversations'> = (ctx) => {
  const filters = {
    status: queryString(ctx, 'status'),
    assigneeId: queryString(ctx, 'assigneeId'),
    contactId: queryString(ctx, 'contactId'),
    channel: queryString(ctx, 'channel'),
  } as const;
  const conversations = ctx.store.conversations
    .list((c) => Object.entries(filters).every(([key, value]) => value === undefined || c[key as keyof typeof filters] === value))
    .sort((a, b) => (b.lastMessageAt ?? b.createdAt).localeCompare(a.lastMessageAt ?? a.createdAt));
  return respondPage(ctx, conversations);
};

function checkPeopleRefs(store: EnvironmentStore, assigneeId: string | null | undefined, teamId: string | null | undefined): FieldError[] {
  const errors: FieldError[] = [];
  if (assigneeId != null && !store.users.has(assigneeId))
    errors.push({ path: '/body/assigneeId', message: `no user with id ${assigneeId}` });
  if (teamId != null && !store.teams.has(teamId)) errors.push({ path: '/body/teamId', message: `no team with id ${teamId}` });
  return errors;
}

/** `POST /conversations`: with an existing contact; a new conversation cannot start snoozed. */
export const createConversation: TypedOperationHandler<'createConversation'> = (ctx) => {
  const input = bodyOf<ConversationCreate>(ctx);
  const errors = checkPeopleRefs(ctx.store, input.assigneeId, input.teamId);
  if (!ctx.store.contacts.has(input.contactId)) errors.push({ path: '/body/contactId', message: `no contact with id ${input.contactId}` });
  (input.tagIds ?? []).forEach((tagId, index) => {
    if (!ctx.store.tags.has(tagId)) errors.push({ path: `/body/tagIds/${index}`, message: `no tag with id ${tagId}` });
  });
  if (input.channelId != null) {
    const inbox = ctx.store.channels.get(input.channelId);
    if (!inbox) errors.push({ path: '/body/channelId', message: `no channel with id ${input.channelId}` });
    else if (inbox.type !== input.channel) {
      errors.push({ path: '/body/channelId', message: `channel ${input.channelId} is a ${inbox.type} inbox, not ${input.channel}` });
    }
  }
  if (input.status === 'snoozed') errors.push({ path: '/body/status', message: 'a new conversation cannot be snoozed (no snoozedUntil)' });
  if (errors.length > 0) return validationFailed(ctx, errors);
  const conversation = openConversation(ctx.store, input, isoNow(ctx));
  emitConversationCreated(ctx, conversation);
  return created(conversation);
};

/** `GET /conversations/{conversationId}`. */
export const getConversation: TypedOperationHandler<'getConversation'> = (ctx) => {
  const id = param(ctx, 'conversationId');
  return okOrNotFound(ctx, ctx.store.conversations.get(id), 'conversation', id);
};

/**
 * Allowed status moves. A closed conversation must be reopened before it can wait or sleep;
 * re-snoozing moves the wake-up time; any other same-status change is a no-op.
 */
const TRANSITIONS: Readonly<Record<ConversationStatus, readonly ConversationStatus[]>> = {
  open: ['open', 'pending', 'snoozed', 'closed'],
  pending: ['open', 'pending', 'snoozed', 'closed'],
  snoozed: ['open', 'pending', 'snoozed', 'closed'],
  closed: ['open', 'closed'],
};

/** `POST /conversations/{conversationId}/status`. */
export const changeConversationStatus: TypedOperationHandler<'changeConversationStatus'> = (ctx) => {
  const id = param(ctx, 'conversationId');
  const conversation = ctx.store.conversations.get(id);
  if (!conversation) return notFound(ctx, 'conversation', id);
  const { status, snoozedUntil } = bodyOf<ConversationStatusChange>(ctx);
  if (status === 'snoozed') {
    if (snoozedUntil === undefined) return invalidField(ctx, '/body/snoozedUntil', "is required when status is 'snoozed'");
    if (Date.parse(snoozedUntil) <= ctx.now) return invalidField(ctx, '/body/snoozedUntil', 'must be in the future');
  }
  if (!TRANSITIONS[conversation.status].includes(status)) {
    return conflict(ctx, `A ${conversation.status} conversation cannot become ${status}; reopen it first.`);
  }
  if (status === conversation.status && status !== 'snoozed') return ok(conversation);
  const until = status === 'snoozed' && snoozedUntil !== undefined ? new Date(snoozedUntil).toISOString() : null;
  const changed = setConversationStatus(ctx.store, id, status, until, isoNow(ctx));
  if (changed) emitConversationStatusChanged(ctx, changed, conversation.status);
  return okOrNotFound(ctx, changed, 'conversation', id);
};

/** `POST /conversations/{conversationId}/assign`: an inactive user cannot take conversations (409). */
export const assignConversation: TypedOperationHandler<'assignConversation'> = (ctx) => {
  const id = param(ctx, 'conversationId');
  const previous = ctx.store.conversations.get(id);
  if (!previous) return notFound(ctx, 'conversation', id);
  const input = bodyOf<ConversationAssignment>(ctx);
  const errors = checkPeopleRefs(ctx.store, input.assigneeId, input.teamId);
  if (errors.length > 0) return validationFailed(ctx, errors);
  if (input.assigneeId !== null && ctx.store.users.get(input.assigneeId)?.active === false) {
    return conflict(ctx, `User ${input.assigneeId} is deactivated.`);
  }
  const teamPatch = input.teamId === undefined ? {} : { teamId: input.teamId };
  const assigned = ctx.store.conversations.update(id, { assigneeId: input.assigneeId, ...teamPatch, updatedAt: isoNow(ctx) });
  if (assigned) emitConversationAssigned(ctx, assigned, previous);
  return okOrNotFound(ctx, assigned, 'conversation', id);
};

/** `GET /conversations/{conversationId}/messages`: oldest first. */
export const listConversationMessages: TypedOperationHandler<'listConversationMessages'> = (ctx) => {
  const id = param(ctx, 'conversationId');
  if (!ctx.store.conversations.has(id)) return notFound(ctx, 'conversation', id);
  return respondPage(ctx, messagesOf(ctx.store, id));
};

/** Who a new message is from: the session's user, the assignee for an API key, or the contact. */
function messageAuthor(ctx: OperationContext, type: ConversationMessageAuthor['type'], assigneeId: string | null, contactId: string) {
  if (type === 'contact') return { type, id: contactId, name: contactDisplayName(ctx.store, contactId) };
  if (type === 'bot') return { type, id: null, name: 'Atender bot' };
  const userId = ctx.caller.kind === 'session' ? ctx.caller.userId : assigneeId;
  const user = userId === null ? undefined : ctx.store.users.get(userId);
  if (user) return { type, id: user.id, name: user.name };
  return { type, id: null, name: ctx.store.settings.get()?.name ?? 'Support team' };
}

function checkAttachments(
  store: EnvironmentStore,
  conversationId: string,
  ids: readonly string[],
): { errors: FieldError[]; taken?: string } {
  const errors: FieldError[] = [];
  let taken: string | undefined;
  ids.forEach((attachmentId, index) => {
    const attachment = store.attachments.get(attachmentId);
    if (!attachment || attachment.conversationId !== conversationId) {
      errors.push({ path: `/body/attachmentIds/${index}`, message: `no attachment ${attachmentId} on this conversation` });
    } else if (attachment.messageId !== null) taken = attachmentId;
  });
  return taken === undefined ? { errors } : { errors, taken };
}

/** `POST /conversations/{conversationId}/messages`: internal notes only from agents. */
export const sendConversationMessage: TypedOperationHandler<'sendConversationMessage'> = (ctx) => {
  const id = param(ctx, 'conversationId');
  const conversation = ctx.store.conversations.get(id);
  if (!conversation) return notFound(ctx, 'conversation', id);
  const input = bodyOf<ConversationMessageCreate>(ctx);
  const authorType = input.authorType ?? 'agent';
  const internal = input.internal ?? false;
  if (internal && authorType !== 'agent') return invalidField(ctx, '/body/internal', "internal notes need authorType 'agent'");
  const attachmentIds = [...new Set(input.attachmentIds ?? [])];
  const checked = checkAttachments(ctx.store, id, attachmentIds);
  if (checked.errors.length > 0) return validationFailed(ctx, checked.errors);
  if (checked.taken) return conflict(ctx, `Attachment ${checked.taken} already belongs to a message.`);
  const author = messageAuthor(ctx, authorType, conversation.assigneeId, conversation.contactId);
  return created(addMessage(ctx.store, conversation, { author, body: input.body, internal, attachmentIds }, isoNow(ctx), ctx));
};

/** `PUT /conversations/{conversationId}/tags/{tagId}`: idempotent. */
export const assignConversationTag: TypedOperationHandler<'assignConversationTag'> = (ctx) => {
  const id = param(ctx, 'conversationId');
  const tagId = param(ctx, 'tagId');
  const conversation = ctx.store.conversations.get(id);
  if (!conversation) return notFound(ctx, 'conversation', id);
  if (!ctx.store.tags.has(tagId)) return notFound(ctx, 'tag', tagId);
  if (conversation.tagIds.includes(tagId)) return ok(conversation);
  return okOrNotFound(
    ctx,
    ctx.store.conversations.update(id, { tagIds: [...conversation.tagIds, tagId], updatedAt: isoNow(ctx) }),
    'conversation',
    id,
  );
};

/** `DELETE /conversations/{conversationId}/tags/{tagId}`: idempotent. */
export const removeConversationTag: TypedOperationHandler<'removeConversationTag'> = (ctx) => {
  const id = param(ctx, 'conversationId');
  const tagId = param(ctx, 'tagId');
  const conversation = ctx.store.conversations.get(id);
  if (!conversation) return notFound(ctx, 'conversation', id);
  if (!ctx.store.tags.has(tagId)) return notFound(ctx, 'tag', tagId);
  if (!conversation.tagIds.includes(tagId)) return ok(conversation);
  return okOrNotFound(
    ctx,
    ctx.store.conversations.update(id, { tagIds: conversation.tagIds.filter((t) => t !== tagId), updatedAt: isoNow(ctx) }),
    'conversation',
    id,
  );
};
