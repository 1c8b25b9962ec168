/**
 * `webhook-receiver`: listens for Atender webhook deliveries and logs each event. The secret
 * comes from `WEBHOOK_SECRET` (several, comma-separated, while one rotates); without it, the mock
 * demo endpoint's secret, with a note saying so.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEMO_WEBHOOK_ID, demoWebhookSecret } from './demo-secret.js';
import type { WebhookHandlers } from './dispatch.js';
import { startWebhookReceiver } from './server.js';

const USAGE = `Usage: WEBHOOK_SECRET=whsec_… webhook-receiver [--port <n>] [--host <addr>]

Verifies Standard Webhooks signatures, refuses tampered, stale, future and replayed deliveries
(401 with a reason), and logs every event. WEBHOOK_SECRET may hold two secrets, comma-separated,
while one rotates; without it, the @atender/mock demo endpoint's secret is used.

  --port <n>       default 8787 (0: a free port)
  --host <addr>    default 127.0.0.1
  -h, --help       this text`;

/** What the demo does with events: one line each. A real receiver would queue work here. */
const LOGGING_HANDLERS: WebhookHandlers = {
  'conversation.created': (e) => say(`conversation ${e.data.conversation.id} created: ${JSON.stringify(e.data.conversation.subject)}`),
  'conversation.status_changed': (e) =>
    say(`conversation ${e.data.conversation.id}: ${e.data.previousStatus} → ${e.data.conversation.status}`),
  'conversation.assigned': (e) => say(`conversation ${e.data.conversation.id} assigned to ${e.data.conversation.assigneeId ?? 'nobody'}`),
  'message.created': (e) => say(`message ${e.data.message.id} in ${e.data.message.conversationId} (${e.data.message.author.type})`),
  'contact.created': (e) => say(`contact ${e.data.contact.id} created`),
  'contact.updated': (e) => say(`contact ${e.data.contact.id} updated: ${e.data.changedFields.join(', ')}`),
  'kb_article.published': (e) => say(`article ${e.data.article.slug} published`),
};

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Runs the CLI with `argv`; resolves with the running receiver, or an exit code on bad input. */
export async function main(argv: readonly string[]): Promise<number | { close(): Promise<void> }> {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const port = Number(values.port ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    process.stderr.write(`--port must be a port number, got "${values.port}"\n`);
    return 2;
  }
  const fromEnv = process.env.WEBHOOK_SECRET?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!fromEnv?.length)
    process.stderr.write(`note: WEBHOOK_SECRET is not set; using the @atender/mock demo secret of ${DEMO_WEBHOOK_ID}.\n`);
  try {
    const receiver = await startWebhookReceiver({
      port,
      host: values.host ?? '127.0.0.1',
      secret: fromEnv?.length ? fromEnv : demoWebhookSecret(),
      onEvent: LOGGING_HANDLERS,
    });
    process.stderr.write(`webhook-receiver: listening on ${receiver.url}\n`);
    return receiver;
  } catch (error) {
    process.stderr.write(`webhook-receiver: ${(error as Error).message}\n`);
    return 2;
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: { port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
    allowPositionals: false,
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await main(process.argv.slice(2));
  if (typeof result === 'number') process.exitCode = result;
  else for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void result.close());
}
