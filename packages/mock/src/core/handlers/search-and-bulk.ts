/**
 * Workspace search across conversations, contacts and articles, and bulk jobs. A bulk job's
 * work happens in the same call (the mock has no background workers): the create answer says
 * `queued` as the real API does, and the first poll finds it `succeeded` with its counts.
 */
import type { BulkJob, BulkJobCreate, Contact, SearchHit, SearchHitType } from '@atender/contract';
import type { EnvironmentStore } from '../store.js';
import type { OperationContext, TypedOperationHandler } from '../types.js';
import { setConversationStatus } from './conversation-ops.js';
import { conversationText, prefixCount, snippetSource } from './conversation-text.js';
import { emitConversationStatusChanged } from './events.js';
import { accepted, bodyOf, invalidField, isoNow, okOrNotFound, param, queryString, respondPage, validationFailed } from './respond.js';
import { queryTokens, recordWords, scoreCounts, scoreWords, snippetAround, snippetIn, tokenize } from './text-search.js';

const ALL_TYPES: readonly SearchHitType[] = ['conversation', 'contact', 'article'];

function requestedTypes(ctx: OperationContext): readonly SearchHitType[] {
  const raw = ctx.query.types;
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [];
  const types = list.filter((t): t is SearchHitType => ALL_TYPES.includes(t as SearchHitType));
  return types.length > 0 ? types : ALL_TYPES;
}

interface Candidate {
  readonly hit: Omit<SearchHit, 'snippet'>;
  readonly score: number;
  /** The snippet; cut only for the hits of the page answered. */
  readonly snippet: () => string;
}

const contactText = (c: Contact): string => [c.email, c.phone, c.company].filter(Boolean).join(' · ');

function candidates(store: EnvironmentStore, type: SearchHitType, tokens: readonly string[]): Candidate[] {
  if (type === 'article') {
    return store.kbArticles.list().map((a) => ({
      hit: { type, id: a.id, title: a.title },
      score: scoreWords(
        tokens,
        recordWords(a, 'title', (r) => r.title),
        recordWords(a, 'body', (r) => r.body),
      ),
      snippet: () => snippetAround(tokens, a.body || a.title),
    }));
  }
  if (type === 'contact') {
    return store.contacts.list().map((c) => {
      const title = c.name ?? c.email ?? c.phone ?? c.id;
      return {
        hit: { type, id: c.id, title },
        score: scoreWords(tokens, tokenize(title), recordWords(c, 'contact', contactText)),
        snippet: () => snippetAround(tokens, contactText(c) || title),
      };
    });
  }
  return store.conversations.list().map((c) => {
    // The conversation's words and text are kept up to date as messages arrive, not rebuilt per search.
    const text = conversationText(store, c.id);
    const title = c.subject ?? 'Conversation';
    return {
      hit: { type, id: c.id, title },
      score: scoreCounts(tokens, tokenize(title), (token) => prefixCount(text, token)),
      snippet: () => (text.rawLength === 0 ? snippetAround(tokens, title) : snippetIn(tokens, snippetSource(text))),
    };
  });
}

/** `GET /search`: best match first across the requested types. */
export const searchWorkspace: TypedOperationHandler<'searchWorkspace'> = (ctx) => {
  const tokens = queryTokens(queryString(ctx, 'q') ?? '');
  const scored = requestedTypes(ctx)
    .flatMap((type) => candidates(ctx.store, type, tokens))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score);
  return respondPage(
    ctx,
    scored,
    ({ hit }) => `${hit.type}:${hit.id}`,
    (candidate): SearchHit => ({ ...candidate.hit, snippet: candidate.snippet() }),
  );
};

/** Runs the operation on one resource; `false` when it could not (gone, not ours). */
function applyToOne(ctx: OperationContext, job: BulkJobCreate, id: string, now: string): boolean {
  const { store } = ctx;
  if (job.operation === 'delete_contacts') return store.contacts.remove(id);
  const conversation = store.conversations.get(id);
  if (!conversation) return false;
  if (job.operation === 'close_conversations') {
    if (conversation.status === 'closed') return true;
    const closed = setConversationStatus(store, id, 'closed', null, now);
    if (closed) emitConversationStatusChanged(ctx, closed, conversation.status);
    return true;
  }
  const tagIds = [...new Set([...conversation.tagIds, ...(job.params?.tagIds ?? [])])];
  store.conversations.update(id, { tagIds, updatedAt: now });
  return true;
}

/** `POST /bulk/jobs`: 202 with the queued job. */
export const createBulkJob: TypedOperationHandler<'createBulkJob'> = (ctx) => {
  const input = bodyOf<BulkJobCreate>(ctx);
  if (input.operation === 'tag_conversations') {
    const tagIds = input.params?.tagIds;
    if (!tagIds) return invalidField(ctx, '/body/params/tagIds', "is required by 'tag_conversations'");
    const errors = tagIds.flatMap((tagId, index) =>
      ctx.store.tags.has(tagId) ? [] : [{ path: `/body/params/tagIds/${index}`, message: `no tag with id ${tagId}` }],
    );
    if (errors.length > 0) return validationFailed(ctx, errors);
  }
  const now = isoNow(ctx);
  const ids = [...new Set(input.ids)];
  const failed = ids.filter((id) => !applyToOne(ctx, input, id, now)).length;
  const job = ctx.store.bulkJobs.insert({
    operation: input.operation,
    status: 'succeeded',
    progress: { total: ids.length, processed: ids.length, failed },
    createdAt: now,
    completedAt: now,
  });
  const answer: BulkJob = { ...job, status: 'queued', progress: { total: ids.length, processed: 0, failed: 0 }, completedAt: null };
  return accepted(answer);
};

/** `GET /bulk/jobs/{jobId}`. */
export const getBulkJob: TypedOperationHandler<'getBulkJob'> = (ctx) => {
  const id = param(ctx, 'jobId');
  return okOrNotFound(ctx, ctx.store.bulkJobs.get(id), 'bulk job', id);
};
