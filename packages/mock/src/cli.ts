#!/usr/bin/env node
/**
 * `atender-mock`: `serve` (the mock over real HTTP on loopback, for curl, other languages' clients
 * and the examples; prints demo keys and a curl line; stops cleanly on SIGINT/SIGTERM), `keys`
 * (every demo key), and the webhook commands `listen` and `trigger`.
 */
import { CliUsageError, explainParseError, type FlagSpecs, flagLines, parseFlags } from './cli/flags.js';
import { keysCommand } from './cli/keys.js';
import { LISTEN_USAGE, listen } from './cli/listen.js';
import { TRIGGER_USAGE, trigger } from './cli/trigger.js';
import type { AtenderMock } from './core/create-atender-mock.js';
import { startMockServer } from './node.js';

const SERVE_FLAGS: FlagSpecs = {
  port: { type: 'string', value: '<n>', description: 'sandbox port (sa_test_ keys)', default: '4010' },
  'production-port': { type: 'string', value: '<n>', description: 'production port (sa_live_ keys)', defaultText: 'port + 1' },
  host: { type: 'string', value: '<addr>', description: 'address to listen on', default: '127.0.0.1' },
  'key-seed': { type: 'string', value: '<text>', description: 'seed of the demo keys (same seed, same keys)', default: 'atender-demo' },
  help: { type: 'boolean', description: 'this text', default: false },
};

const USAGE = `Usage: atender-mock serve [options]
       atender-mock keys [options]              (every demo key; keys --help)
       atender-mock listen --forward-to <url>   (forward webhook deliveries; listen --help)
       atender-mock trigger <event-type>        (a real write that emits it; trigger --help)

Serves the Atender API mock over HTTP. The environment comes from the port:
${flagLines(SERVE_FLAGS).join('\n')}

Port 0 picks a free port. Stop with Ctrl-C.`;

type ServeValues = { port: string; 'production-port'?: string; host: string; 'key-seed': string; help: boolean };

function portOf(value: string, flag: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${flag} must be a port number (0-65535), got "${value}".`);
  return port;
}

/** The demo keys worth printing: the common bundles and one of each failure, per tenant and environment. */
function keyLines(mock: AtenderMock): string[] {
  const lines: string[] = [];
  for (const tenant of ['acme', 'globex'] as const) {
    for (const environment of ['sandbox', 'production'] as const) {
      const keys = mock.keys.demo[tenant][environment];
      lines.push(`  ${tenant} ${environment}`);
      for (const bundle of ['full_access', 'read_all', 'basic'] as const)
        lines.push(`    ${bundle.padEnd(14)} ${keys.bundles[bundle].secret}`);
      lines.push(`    ${'publishable'.padEnd(14)} ${keys.publishable.secret}  (origins: ${keys.publishable.allowedOrigins?.join(', ')})`);
      if (tenant === 'acme') {
        for (const which of ['revoked', 'expired', 'inactive', 'ipRestricted'] as const)
          lines.push(`    ${which.padEnd(14)} ${keys[which].secret}`);
      }
    }
  }
  lines.push(`  suspended tenant (sandbox)  ${mock.keys.demo.suspended.sandbox.secret}`);
  return lines;
}

async function serve(values: ServeValues): Promise<void> {
  const port = portOf(values.port, '--port');
  const productionPort = values['production-port'] === undefined ? undefined : portOf(values['production-port'], '--production-port');
  const server = await startMockServer({
    port,
    ...(productionPort === undefined ? {} : { productionPort }),
    host: values.host,
    mockOptions: { keySeed: values['key-seed'] },
  });
  const sample = server.mock.keys.demo.acme.sandbox.bundles.full_access.secret;
  const session = await server.mock.sessions.mint({
    tenantId: 'ten_acme',
    environment: 'sandbox',
    scopes: ['full_access'],
    expiresInSeconds: 86_400,
  });
  console.log(
    [
      'Atender mock listening',
      `  sandbox     ${server.sandboxUrl}   (as https://sandbox.atender.io)`,
      `  production  ${server.productionUrl}   (as https://api.atender.io)`,
      '',
      'Demo keys (every one of them: atender-mock keys):',
      ...keyLines(server.mock),
      '',
      `Session token (acme sandbox, full_access, 24 h): ${session}`,
      '',
      'Try:',
      `  curl -H "Authorization: Bearer ${sample}" ${server.sandboxUrl}/api/v1/kb/articles`,
    ].join('\n'),
  );
  const stop = (signal: string): void => {
    console.log(`\n${signal}: stopping`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

/** Resolves on the first Ctrl-C or SIGTERM, with the signal's name. */
function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}

/** Runs one command; a flag it does not know becomes a usage error naming it and the valid ones. */
async function run(command: string, usage: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    throw explainParseError(command, error, usage);
  }
}

async function main(argv: readonly string[]): Promise<void> {
  const out = (line: string) => console.log(line);
  const [command, ...rest] = argv;
  // The webhook commands parse their own flags (cli/listen.ts, cli/trigger.ts).
  if (command === 'listen')
    return run('listen', LISTEN_USAGE, async () => process.exit(await listen(rest, { out, stopped: stopSignal() })));
  if (command === 'trigger') return run('trigger', TRIGGER_USAGE, async () => process.exit(await trigger(rest, out)));
  if (command === 'keys') return out(keysCommand(rest));
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return out(USAGE);
  if (command !== 'serve') throw new CliUsageError(`Unknown command "${command}".\n\n${USAGE}`);
  const values = parseFlags('serve', rest, SERVE_FLAGS) as ServeValues;
  if (values.help) return out(USAGE);
  await serve(values);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(error instanceof CliUsageError ? 2 : 1);
});
