#!/usr/bin/env node
/**
 * `atender-mock serve`: the mock over real HTTP on loopback, for curl, other languages' clients
 * and the examples. Prints the demo keys and a curl line; stops cleanly on SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { listen } from './cli/listen.js';
import { trigger } from './cli/trigger.js';
import type { AtenderMock } from './core/create-atender-mock.js';
import { startMockServer } from './node.js';

const USAGE = `Usage: atender-mock serve [options]
       atender-mock listen --forward-to <url>   (forward webhook deliveries; listen --help)
       atender-mock trigger <event-type>        (a real write that emits it; trigger --help)

Serves the Atender API mock over HTTP. The environment comes from the port:
  --port <n>             sandbox port (sa_test_ keys)                 default 4010
  --production-port <n>  production port (sa_live_ keys)              default port + 1
  --host <addr>          address to listen on                          default 127.0.0.1
  --key-seed <text>      seed of the demo keys (same seed, same keys)  default atender-demo
  --help                 this text

Port 0 picks a free port. Stop with Ctrl-C.`;

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '4010' },
      'production-port': { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      'key-seed': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
}

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

async function serve(values: ReturnType<typeof parse>['values']): Promise<void> {
  const port = portOf(values.port, '--port');
  const productionPort = values['production-port'] === undefined ? undefined : portOf(values['production-port'], '--production-port');
  const server = await startMockServer({
    port,
    ...(productionPort === undefined ? {} : { productionPort }),
    host: values.host,
    mockOptions: values['key-seed'] === undefined ? {} : { keySeed: values['key-seed'] },
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
      'Demo keys (full list: mock.keys.demo in @atender/mock):',
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

async function main(argv: readonly string[]): Promise<void> {
  const out = (line: string) => console.log(line);
  // The webhook commands parse their own flags (cli/listen.ts, cli/trigger.ts).
  if (argv[0] === 'listen') process.exit(await listen(argv.slice(1), { out, stopped: stopSignal() }));
  if (argv[0] === 'trigger') process.exit(await trigger(argv.slice(1), out));
  const { values, positionals } = parse(argv);
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return;
  }
  if (positionals[0] !== 'serve') throw new Error(`Unknown command "${positionals[0]}".\n\n${USAGE}`);
  await serve(values);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
