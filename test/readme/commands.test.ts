/**
 * Each command of the root README's Commands table runs as written: it names a script of the root
 * package.json, and `pnpm <name>` really runs that script. pnpm hands some names to npm
 * (`pnpm docs` opened npmjs.com and exited 3) and keeps others for itself; which ones is pnpm's
 * business, so this asks the real pnpm: in a scratch package whose scripts have the same names and
 * only print their name, every `pnpm <name>` must print it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commandsTable, ROOT } from './readmes.ts';

const rootScripts: Record<string, string> = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts;
const table = commandsTable('README.md');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'atender-pnpm-names-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** `pnpm generate --check` → `generate`. */
const scriptOf = (command: string) => command.split(/\s+/)[1] ?? '';

/** A scratch package whose scripts have these names and each print `ran:<name>`. */
function scratchPackage(names: readonly string[]): string {
  const dir = fs.mkdtempSync(path.join(scratch, 'p-'));
  const scripts = Object.fromEntries(names.map((n) => [n, `node -e "process.stdout.write('ran:${n}')"`]));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'pnpm-names-probe', private: true, scripts }));
  return dir;
}

/** Runs `pnpm <name>` in `dir`, bounded to 60 s; resolves with its exit status and stdout. */
function dispatch(dir: string, name: string): Promise<{ stdout: string; status: number | null }> {
  return new Promise((resolve) => {
    const child = spawn('pnpm', [name], {
      cwd: dir,
      timeout: 60_000,
      stdio: ['ignore', 'pipe', 'ignore'],
      // Should a name reach npm, `npm docs`/`npm repo` print a URL instead of opening a browser.
      env: { ...process.env, npm_config_browser: 'false', BROWSER: 'false', CI: 'true' },
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.on('close', (status) => resolve({ stdout, status }));
    child.on('error', () => resolve({ stdout, status: null }));
  });
}

/** The names `pnpm <name>` does not run as the package's script. */
async function shadowedNames(names: readonly string[]): Promise<string[]> {
  const dir = scratchPackage(names);
  const shadowed: string[] = [];
  // One at a time: concurrent pnpm runs in one package contend for its state and time out.
  for (const name of names) {
    const { stdout, status } = await dispatch(dir, name);
    if (!(status === 0 && stdout.includes(`ran:${name}`))) shadowed.push(name);
  }
  return shadowed;
}

describe('README Commands table', () => {
  it('lists commands', () => {
    expect(table.map((c) => c.command)).toEqual(expect.arrayContaining(['pnpm generate', 'pnpm test', 'pnpm build']));
  });

  it.each(table.map((c) => [c.command, c] as const))('%s is `pnpm <script>` of the root package.json', (_, c) => {
    expect(c.command, `README.md:${c.line}`).toMatch(/^pnpm [a-z][\w:-]*( --?[\w-]+)*$/);
    expect(Object.keys(rootScripts), `README.md:${c.line}: no script "${scriptOf(c.command)}"`).toContain(scriptOf(c.command));
  });

  it('runs each as the script, not a pnpm or npm built-in (and `repo`, which npm takes, is caught)', async () => {
    // `repo` (pnpm hands it to npm) is the control: the probe must report it, or it proves nothing.
    const names = [...new Set([...table.map((c) => scriptOf(c.command)), 'repo'])];
    expect(await shadowedNames(names), 'pnpm does not run these as scripts: rename them').toEqual(['repo']);
  }, 180_000);
});
