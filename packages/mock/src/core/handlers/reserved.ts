/**
 * Reserved operations: in the contract, not released. The pipeline answers 403
 * `ENDPOINT_RESERVED` before these run; they exist so the handler table is complete and, if a
 * test calls them directly, they answer plausible spec-valid bodies.
 */
import type { AiReplySuggestion, VoiceCall, VoiceCallCreate } from '@atender/contract';
import type { TypedOperationHandler } from '../types.js';
import { messagesOf } from './conversation-ops.js';
import { searchArticles } from './knowledge.js';
import { bodyOf, created, isoNow, notFound, ok, queryString } from './respond.js';

/** `GET /ai/reply-suggestions`: drafts from the best KB matches for the latest customer message. */
export const getAiReplySuggestions: TypedOperationHandler<'getAiReplySuggestions'> = (ctx) => {
  const conversationId = queryString(ctx, 'conversationId') ?? '';
  if (!ctx.store.conversations.has(conversationId)) return notFound(ctx, 'conversation', conversationId);
  const latest = messagesOf(ctx.store, conversationId)
    .filter((m) => m.author.type === 'contact')
    .at(-1);
  const hits = searchArticles(
    ctx.store.kbArticles.list((a) => a.status === 'published'),
    latest?.body ?? '',
  ).slice(0, 3);
  const suggestions: AiReplySuggestion[] = hits.map((hit) => ({
    id: ctx.store.newId('sug'),
    body: `Thanks for reaching out! This should help: **${hit.article.title}**. ${hit.snippet}`,
    confidence: Math.min(1, hit.score),
    sourceArticleIds: [hit.article.id],
  }));
  return ok({ conversationId, suggestions });
};

/** `POST /voice/calls`: a queued call, not stored (there is no voice surface to read it back). */
export const createVoiceCall: TypedOperationHandler<'createVoiceCall'> = (ctx) => {
  const input = bodyOf<VoiceCallCreate>(ctx);
  const channel = ctx.store.channels.get(input.channelId);
  const call: VoiceCall = {
    id: ctx.store.newId('call'),
    channelId: input.channelId,
    from: channel?.address ?? '+15550100000',
    to: input.to,
    contactId: input.contactId ?? ctx.store.newId('con'),
    conversationId: input.conversationId ?? ctx.store.newId('cnv'),
    status: 'queued',
    durationSeconds: null,
    createdAt: isoNow(ctx),
  };
  return created(call);
};
