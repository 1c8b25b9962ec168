/**
 * Reads a response body inside the attempt, under the attempt's clocks. fetch resolves once the
 * headers are in; a body that then breaks (the server resets mid-JSON) or stalls would otherwise
 * surface later, outside the retry loop, as a raw `TypeError: terminated` or a hang. Read here,
 * a broken body is a network failure and a stalled one a timeout, retried like any other.
 */
import { startTimer } from '../internal/sleep.js';

/** How long and how much to read. */
export interface ReadBodyOptions {
  /** Aborts the read (the caller's signal); none when the caller gave none. */
  readonly signal?: AbortSignal | undefined;
  /** Milliseconds this attempt has left; `Infinity` for no per-attempt limit. */
  readonly timeoutMs: number;
  /**
   * Bytes kept at most; the rest is not read (error bodies: a megabyte of problem JSON is
   * already hostile). @default Infinity
   */
  readonly maxBytes?: number;
}

/** What reading the body ended with. */
export type BodyResult =
  | { readonly kind: 'body'; readonly bytes: Uint8Array; readonly truncated: boolean }
  | { readonly kind: 'network-error' | 'attempt-timeout' | 'aborted'; readonly cause: unknown };

type Stopped = Exclude<BodyResult, { kind: 'body' }>;

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  // The usual small body is one chunk: no copy.
  if (chunks.length === 1) return chunks[0]!.subarray(0, length);
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk.subarray(0, length - offset), offset);
    offset += Math.min(chunk.length, length - offset);
  }
  return bytes;
}

/** Reads the whole body (up to `maxBytes`); never throws. */
export async function readBody(response: Response, options: ReadBodyOptions): Promise<BodyResult> {
  const { signal, timeoutMs, maxBytes = Number.POSITIVE_INFINITY } = options;
  if (!response.body) return { kind: 'body', bytes: new Uint8Array(0), truncated: false };
  const reader = response.body.getReader();
  // A timeout or an abort cancels the reader, which ends the pending read: one await per chunk,
  // no race of promises.
  let stopped: Stopped | undefined;
  const stop = (result: Stopped): void => {
    stopped ??= result;
    reader.cancel(result.cause).catch(() => {});
  };
  const onAbort = (): void => stop({ kind: 'aborted', cause: signal?.reason });
  const cancelTimer = startTimer(
    () =>
      stop({
        kind: 'attempt-timeout',
        cause: new DOMException(`The response body did not arrive within ${timeoutMs} ms.`, 'TimeoutError'),
      }),
    Math.max(0, timeoutMs),
  );
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  const chunks: Uint8Array[] = [];
  let length = 0;
  let ended = false;
  try {
    for (;;) {
      let chunk: Awaited<ReturnType<typeof reader.read>>;
      try {
        chunk = await reader.read();
      } catch (cause) {
        return stopped ?? { kind: 'network-error', cause };
      }
      if (stopped) return stopped;
      if (chunk.done) {
        ended = true;
        return { kind: 'body', bytes: concat(chunks, length), truncated: false };
      }
      chunks.push(chunk.value);
      length += chunk.value.length;
      if (length >= maxBytes) return { kind: 'body', bytes: concat(chunks, maxBytes), truncated: length > maxBytes };
    }
  } finally {
    cancelTimer();
    signal?.removeEventListener('abort', onAbort);
    // What was not read (past maxBytes) is not wanted: let the connection go.
    if (!stopped && !ended) reader.cancel().catch(() => {});
  }
}

const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([101, 103, 204, 205, 304]);

/** A `Response` like `original` whose body is the bytes already read, so reading it again cannot fail. */
export function bufferedResponse(original: Response, bytes: Uint8Array): Response {
  const body = bytes.length === 0 || NULL_BODY_STATUSES.has(original.status) ? null : bytes;
  const copy = new Response(body as ConstructorParameters<typeof Response>[0], {
    status: original.status,
    statusText: original.statusText,
    headers: original.headers,
  });
  // `url` and `redirected` are read-only getters on a constructed Response; keep the originals.
  Object.defineProperty(copy, 'url', { value: original.url });
  Object.defineProperty(copy, 'redirected', { value: original.redirected });
  return copy;
}
