/**
 * The "done when", over plain HTTP against `atender-mock serve` in its own process:
 * `listen --forward-to` registers a loopback receiver and prints its secret and each delivery;
 * `trigger contact.created` and a plain `POST /api/v1/contacts` make the server deliver a signed
 * `contact.created` within a second, verified by the `standardwebhooks` reference library; a
 * failing receiver gets its first retry after the schedule's 5 s and the test event reports the
 * receiver's real status. Prints the delivery latency (median, p95 of 50) and the retry delay.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Received, startReceiver, type TestReceiver } from './support/receiver.js';

const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
const children: ChildProcess[] = [];

/** Starts the CLI with `args`; `output()` is everything it printed so far. */
function cli(args: string[]): {
  child: ChildProcess;
  output: () => string;
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpExecArray>;
} {
  const child = spawn(process.execPath, ['--conditions=atender:source', '--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: PACKAGE_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let text = '';
  const watchers: (() => void)[] = [];
  const collect = (chunk: Buffer) => {
    text += chunk.toString();
    for (const watch of watchers) watch();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return {
    child,
    output: () => text,
    waitFor: (pattern, timeoutMs = 30_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(text);
          if (match) {
            clearTimeout(timer);
            resolve(match);
          }
        };
        const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms in:\n${text}`)), timeoutMs);
        watchers.push(check);
        check();
      }),
  };
}

async function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const [code] = await once(child, 'exit');
  return code as number | null;
}

const headersOf = (r: Received) => Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k, String(v)]));
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field; the mock checks them against the spec itself.
type LooseBody = any;

let sandboxUrl = '';
let key = '';
let receiver: TestReceiver;

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${sandboxUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as LooseBody };
}

beforeAll(async () => {
  receiver = await startReceiver('/webhooks');
  const serve = cli(['serve', '--port', '0']);
  sandboxUrl = (await serve.waitFor(/sandbox\s+(http:\/\/\S+)/, 60_000))[1] ?? '';
  key = (await serve.waitFor(/acme sandbox\n\s+full_access\s+(sa_test_\w+)/))[1] ?? '';
}, 90_000);

afterAll(async () => {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
  }
  await receiver.close();
});

describe('webhooks over HTTP against atender-mock serve', () => {
  let secret = '';

  it('listen registers the receiver and prints its secret; trigger makes a real write it gets', async () => {
    const listen = cli(['listen', '--forward-to', receiver.url, '--events', 'contact.created', '--api', sandboxUrl, '--interval', '50']);
    secret = (await listen.waitFor(/signing secret is (whsec_\S+)/, 60_000))[1] ?? '';
    const triggered = cli(['trigger', 'contact.created', '--api', sandboxUrl]);
    expect(await exitOf(triggered.child)).toBe(0);
    expect(triggered.output()).toMatch(/^Triggered contact\.created: POST \/api\/v1\/contacts \(con_\w+\)/);
    await receiver.waitForCount(1, 10_000);
    const got = receiver.received[0]!;
    const event = new StandardWebhook(secret).verify(got.body, headersOf(got)) as { type: string; data: { contact: { id: string } } };
    expect(event.type).toBe('contact.created');
    expect(triggered.output()).toContain(event.data.contact.id);
    await listen.waitFor(/--> contact\.created \[msg_\w+\] attempt 1 {2}<-- 204 in \d+ ms/);
    listen.child.kill('SIGINT');
    expect(await exitOf(listen.child)).toBe(0);
    expect(listen.output()).toMatch(/Removed endpoint whk_\w+/);
    receiver.received.length = 0;
  }, 150_000);

  it('delivers a signed contact.created within a second of POST /api/v1/contacts (50 deliveries measured)', async () => {
    const hook = await call('POST', '/api/v1/webhooks', { url: receiver.url, events: ['contact.created'] });
    expect(hook.status).toBe(201);
    const latencies: number[] = [];
    for (let i = 0; i < 50; i++) {
      const started = performance.now();
      const made = await call('POST', '/api/v1/contacts', { email: `latency.${i}@example.com` });
      expect(made.status).toBe(201);
      await receiver.waitForCount(i + 1, 5000);
      const got = receiver.received[i]!;
      latencies.push(got.at - started);
      const event = new StandardWebhook(hook.body.secret).verify(got.body, headersOf(got)) as { data: { contact: unknown } };
      expect(event.data.contact).toEqual(made.body);
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    const median = percentile(sorted, 50);
    const p95 = percentile(sorted, 95);
    console.log(
      `webhook delivery latency over HTTP (POST /contacts start → receiver got the body), n=50: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms`,
    );
    expect(Math.max(...latencies)).toBeLessThan(1000);
    await call('DELETE', `/api/v1/webhooks/${hook.body.id}`);
    receiver.received.length = 0;
  }, 90_000);

  it('retries a failing receiver after the schedule’s 5 s, and the test event reports its real status', async () => {
    receiver.answer(503);
    const hook = await call('POST', '/api/v1/webhooks', { url: receiver.url, events: ['contact.created'] });
    const test = await call('POST', `/api/v1/webhooks/${hook.body.id}/test`, { eventType: 'contact.created' });
    expect(test.body).toMatchObject({ statusCode: 503, success: false, error: 'HTTP 503' });
    receiver.received.length = 0;
    await call('POST', '/api/v1/contacts', { email: 'failing.receiver@example.com' });
    await receiver.waitForCount(2, 12_000);
    const [first, retry] = receiver.received as [Received, Received];
    const delay = retry.at - first.at;
    console.log(`webhook first retry over HTTP: ${(delay / 1000).toFixed(2)} s after the first attempt (schedule: 5 s)`);
    expect(delay).toBeGreaterThanOrEqual(4900);
    expect(delay).toBeLessThan(8000);
    expect(retry.headers['webhook-id']).toBe(first.headers['webhook-id']);
    const log = await call('GET', `/api/v1/webhooks/${hook.body.id}/deliveries?eventType=contact.created`);
    const delivery = log.body.data.find((d: { test: boolean }) => !d.test);
    expect(delivery).toMatchObject({ status: 'pending', attempts: [{ statusCode: 503 }, { statusCode: 503 }] });
    // The next retry is due 20 s after the second attempt ended.
    const wait = Date.parse(delivery.nextAttemptAt) - Date.parse(delivery.attempts[1].sentAt);
    expect(wait).toBeGreaterThanOrEqual(20_000);
    expect(wait).toBeLessThan(21_000);
    receiver.answer(204);
  }, 60_000);
});
