/**
 * A raw HTTP/1.1 client over `node:net`, for requests no fetch implementation would send:
 * malformed framing, lying lengths, NUL bytes, pipelining, stalls and abrupt disconnects.
 * Every exchange is bounded: it settles when the expected answers arrived, the server closed
 * the connection, or the deadline passed (reported as `hung`).
 */
import { connect, type Socket } from 'node:net';

/** One parsed answer. */
export interface RawAnswer {
  readonly status: number;
  /** Lower-cased names; repeated headers joined with `, `. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** A step of an exchange: bytes to write, a pause, or closing our side. */
export type Step = string | Buffer | { readonly wait: number } | { readonly destroy: true } | { readonly end: true };

/** The outcome of an exchange. */
export interface Exchange {
  readonly answers: readonly RawAnswer[];
  /** The server closed the connection. */
  readonly closed: boolean;
  /** Neither the expected answers nor a close arrived before the deadline. */
  readonly hung: boolean;
  readonly ms: number;
}

/** Parses as many complete responses as `data` holds (Content-Length or chunked bodies). */
export function parseAnswers(data: Buffer): RawAnswer[] {
  const answers: RawAnswer[] = [];
  let rest = data;
  for (;;) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) return answers;
    const head = rest.subarray(0, end).toString('latin1').split('\r\n');
    const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head[0] ?? '')?.[1] ?? Number.NaN);
    const headers: Record<string, string> = {};
    for (const line of head.slice(1)) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
    }
    const body = rest.subarray(end + 4);
    if (headers['transfer-encoding']?.includes('chunked')) {
      const chunks: Buffer[] = [];
      let offset = 0;
      for (;;) {
        const lineEnd = body.indexOf('\r\n', offset);
        if (lineEnd < 0) return answers;
        const size = Number.parseInt(body.subarray(offset, lineEnd).toString(), 16);
        if (body.length < lineEnd + 2 + size + 2) return answers;
        chunks.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
        offset = lineEnd + 2 + size + 2;
        if (size === 0) break;
      }
      answers.push({ status, headers, body: Buffer.concat(chunks).toString() });
      rest = body.subarray(offset);
      continue;
    }
    const length = Number(headers['content-length'] ?? 0);
    if (body.length < length) return answers;
    answers.push({ status, headers, body: body.subarray(0, length).toString() });
    rest = body.subarray(length);
  }
}

async function play(socket: Socket, steps: readonly Step[]): Promise<void> {
  for (const step of steps) {
    if (socket.destroyed) return;
    if (typeof step === 'string' || Buffer.isBuffer(step)) {
      await new Promise<void>((done) => socket.write(step, () => done()));
    } else if ('wait' in step) {
      await new Promise((done) => setTimeout(done, step.wait));
    } else if ('end' in step) {
      socket.end();
    } else {
      socket.destroy();
      return;
    }
  }
}

/**
 * Connects, plays the steps, and collects answers until `expect` have arrived, the server
 * closes, or `deadlineMs` passes.
 */
export function exchange(port: number, steps: readonly Step[], expect = 1, deadlineMs = 8000): Promise<Exchange> {
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let settled = false;
    const settle = (closed: boolean, hung: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ answers: parseAnswers(Buffer.concat(chunks)), closed, hung, ms: performance.now() - started });
    };
    const timer = setTimeout(() => settle(false, true), deadlineMs);
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      if (parseAnswers(Buffer.concat(chunks)).length >= expect) settle(false, false);
    });
    socket.on('close', () => settle(true, false));
    socket.on('error', () => undefined);
    socket.on('connect', () => void play(socket, steps).catch(() => undefined));
  });
}

/** A request head with CRLF line ends; `headers` are written as given (duplicates allowed). */
export function head(method: string, target: string, headers: readonly (readonly [string, string])[] = []): string {
  const lines = [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1', ...headers.map(([n, v]) => `${n}: ${v}`)];
  return `${lines.join('\r\n')}\r\n\r\n`;
}
