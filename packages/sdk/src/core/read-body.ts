/**
 * Reads a response body inside the attempt, under the attempt's clocks. fetch resolves once the
 * headers are in; a body that then breaks (the server resets mid-JSON) or stalls would otherwise
 * surface later, outside the retry loop, as a raw `TypeError: terminated` or a hang. Read here,
 * a broken body is a network failure and a stalled one a timeout, retried like any other.
 */
import { startTimer } from '../internal/sleep.js';

/** How long and how much to read. */
export interface ReadBodyOptions {
  /** Aborts the read (the caller's signal and the total deadline). */
  readonly signal: AbortSignal;
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

// Structural, like the rest of the core: it compiles with Node's types as well as the DOM lib.
type Chunk = { readonly done: true; readonly value?: undefined } | { readonly done: false; readonly value: Uint8Array };
type Step = { readonly kind: 'chunk'; readonly result: Chunk } | Exclude<BodyResult, { kind: 'body' }>;

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk.subarray(0, length - offset), offset);
    offset += Math.min(chunk.length, length - offset);
  }
  return bytes;
}

/** Waits for whichever comes first: the next chunk, a read failure, the timeout or an abort. */
function nextStep(reader: ReadableStreamDefaultReader<Uint8Array>, stop: Promise<Step>): Promise<Step> {
  const read = reader.read().then(
    (result): Step => ({ kind: 'chunk', result: result as Chunk }),
    (cause: unknown): Step => ({ kind: 'network-error', cause }),
  );
  return Promise.race([read, stop]);
}

/** Reads the whole body (up to `maxBytes`); never throws. */
export async function readBody(response: Response, options: ReadBodyOptions): Promise<BodyResult> {
  const { signal, timeoutMs, maxBytes = Number.POSITIVE_INFINITY } = options;
  if (!response.body) return { kind: 'body', bytes: new Uint8Array(0), truncated: false };
  const reader = response.body.getReader();
  let onAbort: (() => void) | undefined;
  let cancelTimer: () => void = () => {};
  const stop = new Promise<Step>((resolve) => {
    cancelTimer = startTimer(
      () => {
        const cause = new DOMException(`The response body did not arrive within ${timeoutMs} ms.`, 'TimeoutError');
        resolve({ kind: 'attempt-timeout', cause });
      },
      Math.max(0, timeoutMs),
    );
    onAbort = () => resolve({ kind: 'aborted', cause: signal.reason });
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const step = await nextStep(reader, stop);
      if (step.kind !== 'chunk') return step;
      if (step.result.done) return { kind: 'body', bytes: concat(chunks, length), truncated: false };
      chunks.push(step.result.value);
      length += step.result.value.length;
      if (length >= maxBytes) return { kind: 'body', bytes: concat(chunks, maxBytes), truncated: length > maxBytes };
    }
  } finally {
    cancelTimer();
    if (onAbort) signal.removeEventListener('abort', onAbort);
    // Frees the connection of a body we stopped reading; a finished stream ignores it.
    reader.cancel().catch(() => {});
  }
}

// Statuses whose Response may not carry a body (the constructor throws otherwise).
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
