/** `atender-mock keys` and the CLI's usage errors, run as a user runs them: a separate process. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAtenderMock } from '../src/index.js';

const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--conditions=atender:source', '--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: PACKAGE_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('atender-mock keys', () => {
  it('lists every demo key as JSON, the same keys serve accepts', () => {
    const { status, stdout } = cli('keys', '--json');
    expect(status).toBe(0);
    const rows = JSON.parse(stdout) as { path: string; secret: string; state: string; tier: string }[];
    const mock = createAtenderMock();
    expect(rows.map((r) => r.secret).sort()).toEqual(
      mock.keys
        .all()
        .map((k) => k.secret)
        .sort(),
    );
    expect(rows.find((r) => r.path === 'acme.sandbox.revoked')).toMatchObject({ state: 'API_KEY_REVOKED' });
  }, 60_000);

  it('filters by tenant, environment and purpose, as a table', () => {
    const { status, stdout } = cli('keys', '--tenant', 'globex', '--environment', 'production', '--purpose', 'bundle');
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('globex production (ten_globex)');
    expect(lines.slice(1).map((l) => l.trim().split(/\s+/).slice(0, 2).join(' '))).toEqual(
      ['basic', 'read_all', 'write_all', 'full_access', 'analytics_only', 'integration'].map((b) => `bundle ${b}`),
    );
    for (const line of lines.slice(1)) expect(line).toMatch(/ sa_live_\w+$/);
  }, 60_000);

  it('refuses a value outside the choices, naming them', () => {
    const { status, stderr } = cli('keys', '--environment', 'staging');
    expect(status).toBe(1);
    expect(stderr).toMatch(/--environment must be one of sandbox, production; got "staging"/);
  }, 60_000);
});

describe('atender-mock usage errors', () => {
  it('names a mistyped flag, suggests the right one and lists the valid ones (exit 2)', () => {
    const { status, stderr } = cli('serve', '--prot', '4010');
    expect(status).toBe(2);
    expect(stderr).toMatch(/Unknown flag --prot for "atender-mock serve"\. Did you mean --port\?/);
    expect(stderr).toMatch(/--production-port <n>/);
  }, 60_000);

  it('does the same for the webhook commands, from their usage text', () => {
    const listen = cli('listen', '--forward-too', 'http://127.0.0.1:9/');
    expect(listen.status).toBe(2);
    expect(listen.stderr).toMatch(
      /Unknown flag --forward-too for "atender-mock listen"\. Did you mean --forward-to\? Valid flags: --forward-to, /,
    );
    const trigger = cli('trigger', 'contact.created', '--kee', 'x');
    expect(trigger.status).toBe(2);
    expect(trigger.stderr).toMatch(/Unknown flag --kee for "atender-mock trigger"\. Did you mean --key\?/);
  }, 60_000);

  it('names an unknown command and shows the commands', () => {
    const { status, stderr } = cli('srve');
    expect(status).toBe(2);
    expect(stderr).toMatch(/Unknown command "srve"/);
    expect(stderr).toMatch(/atender-mock serve .*\n\s+atender-mock keys /);
  }, 60_000);
});
