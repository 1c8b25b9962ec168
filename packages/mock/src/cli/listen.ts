/**
 * `atender-mock listen --forward-to URL [--events a,b]`: registers a sandbox webhook endpoint
 * for a local receiver, prints its signing secret, then prints every delivery attempt as it
 * happens (read from the endpoint's delivery log). Ctrl-C deletes the endpoint again.
 */
import { parseArgs } from 'node:util';
import {
  type Webhook,
  type WebhookEventDelivery,
  type WebhookEventType,
  type WebhookWithSecret,
  webhookEventTypeValues,
} from '@atender/contract';
import { SandboxCallError, type SandboxTarget, sandboxCall, TARGET_OPTIONS, TARGET_USAGE, targetOf } from './sandbox-api.js';

export const LISTEN_USAGE = `Usage: atender-mock listen --forward-to <url> [options]

Registers a webhook endpoint on the sandbox server for a receiver on this machine (http:// on
loopback is fine), prints its signing secret and every delivery as it happens. Ctrl-C removes it.
  --forward-to <url>     where deliveries go, e.g. http://localhost:3000/webhooks  (required)
  --events <a,b,…>       event types to subscribe to                   default all
${TARGET_USAGE}
  --interval <ms>        how often the delivery log is read            default 250`;

/** Where `listen` writes; a test passes its own. */
export interface ListenIo {
  readonly out: (line: string) => void;
  /** Resolves when the command should stop (Ctrl-C by default). */
  readonly stopped: Promise<string>;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    options: {
      'forward-to': { type: 'string' },
      events: { type: 'string' },
      interval: { type: 'string', default: '250' },
      help: { type: 'boolean', default: false },
      ...TARGET_OPTIONS,
    },
  }).values;
}

function eventsOf(list: string | undefined): WebhookEventType[] {
  if (list === undefined) return [...webhookEventTypeValues];
  const events = list
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const unknown = events.filter((e) => !(webhookEventTypeValues as readonly string[]).includes(e));
  if (unknown.length > 0 || events.length === 0) {
    throw new Error(`--events takes event types of ${webhookEventTypeValues.join(', ')}; got "${list}".`);
  }
  return events as WebhookEventType[];
}

/** Creates the endpoint; one left over from an earlier `listen` on the same URL is replaced. */
async function register(target: SandboxTarget, url: string, events: WebhookEventType[]): Promise<WebhookWithSecret> {
  const body = { url, events, description: 'atender-mock listen' };
  try {
    return await sandboxCall<WebhookWithSecret>(target, 'POST', '/api/v1/webhooks', body);
  } catch (error) {
    if (!(error instanceof SandboxCallError) || error.code !== 'CONFLICT') throw error;
    const page = await sandboxCall<{ data: Webhook[] }>(target, 'GET', '/api/v1/webhooks?limit=100');
    const old = page.data.find((w) => w.url === url);
    if (old) await sandboxCall(target, 'DELETE', `/api/v1/webhooks/${old.id}`);
    return sandboxCall<WebhookWithSecret>(target, 'POST', '/api/v1/webhooks', body);
  }
}

/** One line per attempt: time, event, webhook-id, the receiver's answer and the time it took. */
export function attemptLine(delivery: WebhookEventDelivery, index: number): string {
  const attempt = delivery.attempts[index];
  if (!attempt) return '';
  const answer =
    attempt.statusCode === null ? `failed: ${attempt.error}` : `${attempt.statusCode}${attempt.success ? '' : ` (${attempt.error})`}`;
  const retry = !attempt.success && delivery.nextAttemptAt ? `, retry at ${delivery.nextAttemptAt}` : '';
  const label = delivery.test ? `${delivery.eventType} (test)` : delivery.eventType;
  return `${attempt.sentAt}  --> ${label} [${delivery.webhookMessageId}] attempt ${attempt.attempt}  <-- ${answer} in ${attempt.durationMs} ms${retry}`;
}

/** Runs `listen`; resolves with the exit code once stopped. */
export async function listen(argv: readonly string[], io: ListenIo): Promise<number> {
  const values = parse(argv);
  if (values.help) {
    io.out(LISTEN_USAGE);
    return 0;
  }
  const forwardTo = values['forward-to'];
  if (!forwardTo) throw new Error(`listen needs --forward-to <url>.\n\n${LISTEN_USAGE}`);
  const interval = Number(values.interval);
  if (!Number.isInteger(interval) || interval < 10 || interval > 60_000) throw new Error('--interval must be 10-60000 ms.');
  const target = targetOf(values);
  const hook = await register(target, forwardTo, eventsOf(values.events));
  io.out(`Ready! Forwarding ${hook.events.join(', ')} to ${forwardTo}`);
  io.out(`Your webhook signing secret is ${hook.secret} (endpoint ${hook.id}; Ctrl-C to stop)`);
  const printed = new Map<string, number>();
  let stopped = false;
  void io.stopped.then(() => {
    stopped = true;
  });
  while (!stopped) {
    const page = await sandboxCall<{ data: WebhookEventDelivery[] }>(target, 'GET', `/api/v1/webhooks/${hook.id}/deliveries?limit=100`);
    for (const delivery of [...page.data].reverse()) {
      for (let i = printed.get(delivery.id) ?? 0; i < delivery.attempts.length; i++) io.out(attemptLine(delivery, i));
      printed.set(delivery.id, delivery.attempts.length);
    }
    await Promise.race([new Promise((resolve) => setTimeout(resolve, interval)), io.stopped]);
  }
  await sandboxCall(target, 'DELETE', `/api/v1/webhooks/${hook.id}`).catch(() => undefined);
  io.out(`Removed endpoint ${hook.id}.`);
  return 0;
}
