/**
 * Attachments: uploaded as base64 in JSON, listed per conversation, read with a short-lived
 * signed `downloadUrl` that is re-issued on every read.
 */
import type { Attachment, AttachmentCreate } from '@atender/contract';
import type { OperationContext, TypedOperationHandler } from '../types.js';
import { bodyOf, created, invalidField, notFound, ok, param, respondPage } from './respond.js';

/** How long a download URL works. */
const DOWNLOAD_URL_TTL_MS = 15 * 60 * 1000;

/** Bytes encoded by standard padded base64, or `undefined` when it is not base64. */
export function decodedBase64Length(content: string): number | undefined {
  if (content.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(content)) return undefined;
  const padding = content.endsWith('==') ? 2 : content.endsWith('=') ? 1 : 0;
  return (content.length / 4) * 3 - padding;
}

/** A fresh signed URL; the signature is a stand-in, the mock serves no files. */
function withDownloadUrl(ctx: OperationContext, attachment: Attachment): Attachment {
  const expires = ctx.now + DOWNLOAD_URL_TTL_MS;
  const expiresAt = new Date(expires).toISOString();
  const name = encodeURIComponent(attachment.fileName);
  const signature = (expires.toString(36) + attachment.id.replace(/[^A-Za-z0-9]/g, '')).slice(-16);
  return {
    ...attachment,
    downloadUrl: `https://files.atender.io/attachments/${attachment.id}/${name}?expires=${Math.floor(expires / 1000)}&signature=${signature}`,
    downloadUrlExpiresAt: expiresAt,
  };
}

/** `GET /conversations/{conversationId}/attachments`: oldest first. */
export const listConversationAttachments: TypedOperationHandler<'listConversationAttachments'> = (ctx) => {
  const id = param(ctx, 'conversationId');
  if (!ctx.store.conversations.has(id)) return notFound(ctx, 'conversation', id);
  const attachments = ctx.store.attachments.list((a) => a.conversationId === id).map((a) => withDownloadUrl(ctx, a));
  return respondPage(ctx, attachments);
};

/** `POST /conversations/{conversationId}/attachments`: `sizeBytes` must match the decoded content. */
export const createAttachment: TypedOperationHandler<'createAttachment'> = (ctx) => {
  const id = param(ctx, 'conversationId');
  if (!ctx.store.conversations.has(id)) return notFound(ctx, 'conversation', id);
  const input = bodyOf<AttachmentCreate>(ctx);
  const size = decodedBase64Length(input.contentBase64);
  if (size === undefined) return invalidField(ctx, '/body/contentBase64', 'must be standard base64 with padding');
  if (size !== input.sizeBytes) return invalidField(ctx, '/body/sizeBytes', `is ${input.sizeBytes} but the content has ${size} bytes`);
  const now = new Date(ctx.now).toISOString();
  const attachment = ctx.store.attachments.insert({
    conversationId: id,
    messageId: null,
    fileName: input.fileName,
    contentType: input.contentType,
    sizeBytes: size,
    downloadUrl: 'https://files.atender.io/pending',
    downloadUrlExpiresAt: now,
    createdAt: now,
  });
  return created(withDownloadUrl(ctx, attachment));
};

/** `GET /attachments/{attachmentId}`. */
export const getAttachment: TypedOperationHandler<'getAttachment'> = (ctx) => {
  const id = param(ctx, 'attachmentId');
  const attachment = ctx.store.attachments.get(id);
  return attachment ? ok(withDownloadUrl(ctx, attachment)) : notFound(ctx, 'attachment', id);
};
