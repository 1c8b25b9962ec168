#!/usr/bin/env node
/**
 * `atender-mock serve`: the mock over real HTTP on loopback, for curl, other languages' clients
 * and the examples. Prints the demo keys and a curl line; stops cleanly on SIGINT/SIGTERM.
 */
import { CliUsageError, type FlagSpecs, flagLines, parseFlags } from './cli-flags.js';
import { keysCommand } from './cli-keys.js';
import type { AtenderMock } from './core/create-atender-mock.js';
import { startMockServer } from './node.js';

const SERVE_FLAGS: FlagSpecs = {
  port: { type: 'string', value: '<n>', description: 'sandbox port (sa_test_ keys)', default: '4010' },
  'production-port': { type: 'string', value: '<n>', description: 'production port (sa_live_ keys)', defaultText: 'port + 1' },
  host: { type: 'string', value: '<addr>', description: 'address to listen on', default: '127.0.0.1' },
  'key-seed': { type: 'string', value: '<text>', description: 'seed of the demo keys (same seed, same keys)', default: 'atender-demo' },
  help: { type: 'boolean', description: 'this text', default: false },
};

const USAGE = `Usage: atender-mock <command> [options]

Commands:
  serve   serves the Atender API mock over HTTP; the environment comes from the port
  keys    lists every demo key (per bundle, scope and tier, the widget key, the failing ones)

atender-mock serve:
${flagLines(SERVE_FLAGS).join('\n')}

Port 0 picks a free port. Stop with Ctrl-C. "atender-mock keys --help" for its options.`;

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

async function main(argv: readonly string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return;
  }
  if (command === 'keys') {
    console.log(keysCommand(rest));
    return;
  }
  if (command !== 'serve') throw new CliUsageError(`Unknown command "${command}".\n\n${USAGE}`);
  const values = parseFlags('serve', rest, SERVE_FLAGS) as ServeValues;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  await serve(values);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(error instanceof CliUsageError ? 2 : 1);
});
