/**
 * The raw request body, as bytes: the signature covers the exact bytes sent, so the body must
 * not pass through a JSON parser (or a charset decoder) before it is verified.
 */
import type { IncomingMessage } from 'node:http';

/** The default body limit: 1 MiB, far above any event the API sends. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The body was over the limit; nothing of it was kept. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

/**
 * Reads the whole body, or rejects with {@link BodyTooLargeError} once it passes `limit` bytes.
 * The rest of an oversize body is read and dropped rather than left unread, so the client sees
 * the 413 instead of a reset connection.
 */
export async function readRawBody(req: IncomingMessage, limit: number = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit || declared > limit) {
      chunks.length = 0;
      continue;
    }
    chunks.push(chunk);
  }
  if (size > limit || declared > limit) throw new BodyTooLargeError(`The body is over ${limit} bytes.`);
  return Buffer.concat(chunks);
}
