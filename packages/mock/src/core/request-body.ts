/** Reads a request body with a size cap, so an oversize upload is refused without buffering it. */

/** The 1 MiB body limit of the API. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A request body as the pipeline sees it. */
export type BodyRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'text'; readonly text: string; readonly contentType: string | null }
  | { readonly kind: 'too-large'; readonly bytes: number };

/** Reads at most `limit + 1` bytes; more than `limit` (by Content-Length or by counting) is too large. */
export async function readBody(request: Request, limit: number = MAX_BODY_BYTES): Promise<BodyRead> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) return { kind: 'too-large', bytes: declared };
  if (request.body === null) return { kind: 'none' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Stop reading: the client is told 413 without the mock holding the rest in memory. Not
      // awaited: on a tee'd stream (msw clones requests) cancel settles only when both branches do.
      reader.cancel().catch(() => undefined);
      return { kind: 'too-large', bytes: size };
    }
    chunks.push(value);
  }
  if (size === 0) return { kind: 'none' };
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { kind: 'text', text: new TextDecoder().decode(bytes), contentType: request.headers.get('content-type') };
}
