/**
 * The conversation tag tree. Sibling names are unique (any case); a tag cannot move under
 * itself or a descendant; a tag with children cannot be deleted (409 `CONFLICT` for all three).
 */
import type { Tag, TagCreate, TagTreeNode, TagUpdate } from '@atender/contract';
import type { EnvironmentStore } from '../store.js';
import type { OperationContext, TypedOperationHandler } from '../types.js';
import {
  bodyOf,
  conflict,
  created,
  definedOnly,
  deleted,
  invalidField,
  isoNow,
  notFound,
  ok,
  okOrNotFound,
  param,
  queryString,
  respondPage,
} from './respond.js';

/** Nests `tags` under their parents, keeping the store's order among siblings. */
export function buildTagTree(tags: readonly Tag[]): TagTreeNode[] {
  const nodes = new Map<string, TagTreeNode>();
  for (const tag of tags) nodes.set(tag.id, { id: tag.id, name: tag.name, color: tag.color, parentId: tag.parentId, children: [] });
  const roots: TagTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    // A dangling parent id would hide the tag; showing it at the top keeps it reachable.
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** `GET /tags/tree`: the whole tree, unpaginated. */
export const getTagTree: TypedOperationHandler<'getTagTree'> = (ctx) => ok({ data: buildTagTree(ctx.store.tags.list()) });

/** `GET /tags`: filter `parentId` (direct children only). */
export const listTags: TypedOperationHandler<'listTags'> = (ctx) => {
  const parentId = queryString(ctx, 'parentId');
  return respondPage(
    ctx,
    ctx.store.tags.list((tag) => parentId === undefined || tag.parentId === parentId),
  );
};

function siblingNamed(store: EnvironmentStore, parentId: string | null, name: string, exceptId?: string): boolean {
  const wanted = name.toLowerCase();
  return store.tags.find((t) => t.parentId === parentId && t.name.toLowerCase() === wanted && t.id !== exceptId) !== undefined;
}

/** `POST /tags`: the parent must exist (400). */
export const createTag: TypedOperationHandler<'createTag'> = (ctx) => {
  // Request validation filled in the spec's default colour, so it is always there.
  const input = bodyOf<TagCreate & { color: string }>(ctx);
  const parentId = input.parentId ?? null;
  if (parentId !== null && !ctx.store.tags.has(parentId)) return invalidField(ctx, '/body/parentId', `no tag with id ${parentId}`);
  if (siblingNamed(ctx.store, parentId, input.name)) return conflict(ctx, `A sibling tag is named ${input.name}.`);
  const now = isoNow(ctx);
  return created(ctx.store.tags.insert({ name: input.name, color: input.color, parentId, createdAt: now, updatedAt: now }));
};

/** `GET /tags/{tagId}`. */
export const getTag: TypedOperationHandler<'getTag'> = (ctx) => {
  const id = param(ctx, 'tagId');
  return okOrNotFound(ctx, ctx.store.tags.get(id), 'tag', id);
};

/** Whether `candidateId` is `tagId` or lies below it. */
function isSelfOrDescendant(store: EnvironmentStore, tagId: string, candidateId: string): boolean {
  const seen = new Set<string>();
  let current: string | null = candidateId;
  while (current !== null && !seen.has(current)) {
    if (current === tagId) return true;
    seen.add(current);
    current = store.tags.get(current)?.parentId ?? null;
  }
  return false;
}

function checkMove(ctx: OperationContext, id: string, parentId: string | null) {
  if (parentId === null) return undefined;
  if (!ctx.store.tags.has(parentId)) return invalidField(ctx, '/body/parentId', `no tag with id ${parentId}`);
  if (isSelfOrDescendant(ctx.store, id, parentId)) return conflict(ctx, 'A tag cannot move under itself or one of its descendants.');
  return undefined;
}

/** `PATCH /tags/{tagId}`: rename, recolour or move. */
export const updateTag: TypedOperationHandler<'updateTag'> = (ctx) => {
  const id = param(ctx, 'tagId');
  const current = ctx.store.tags.get(id);
  if (!current) return notFound(ctx, 'tag', id);
  const input = bodyOf<TagUpdate>(ctx);
  const parentId = input.parentId === undefined ? current.parentId : input.parentId;
  const refused = checkMove(ctx, id, parentId);
  if (refused) return refused;
  if (siblingNamed(ctx.store, parentId, input.name ?? current.name, id))
    return conflict(ctx, `A sibling tag is named ${input.name ?? current.name}.`);
  return okOrNotFound(ctx, ctx.store.tags.update(id, { ...definedOnly(input), parentId, updatedAt: isoNow(ctx) }), 'tag', id);
};

/** `DELETE /tags/{tagId}`: only a leaf; it leaves every conversation too. */
export const deleteTag: TypedOperationHandler<'deleteTag'> = (ctx) => {
  const id = param(ctx, 'tagId');
  if (!ctx.store.tags.has(id)) return notFound(ctx, 'tag', id);
  const children = ctx.store.tags.list((t) => t.parentId === id);
  if (children.length > 0) return conflict(ctx, `Tag ${id} has ${children.length} child tag(s); delete or move them first.`);
  ctx.store.tags.remove(id);
  const now = isoNow(ctx);
  for (const conversation of ctx.store.conversations.list((c) => c.tagIds.includes(id))) {
    ctx.store.conversations.update(conversation.id, { tagIds: conversation.tagIds.filter((t) => t !== id), updatedAt: now });
  }
  return deleted(id);
};
