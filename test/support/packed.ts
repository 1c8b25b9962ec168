/**
 * The published packages as a user installs them: each package built and `pnpm pack`ed, the
 * tarballs installed by plain npm into a fresh project outside the workspace (no links), with
 * msw at the lowest version `@atender/mock` claims as a peer.
 *
 * Packing and installing take a minute, so it happens once per content of the packages: the
 * project sits in the temp directory under a hash of every input of the tarballs, and the
 * test files that need it (consumers, tarball contents, runtimes), running in parallel
 * workers, share it through a lock directory.
 */

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const PACKED = ['contract', 'sdk', 'mock', 'pacing-redis'] as const;
export type PackedName = (typeof PACKED)[number];

/** The packed tarballs and the npm project they are installed in. */
export interface PackedProject {
  /** The npm project (has `node_modules/@atender/*` as real files). */
  readonly dir: string;
  /** Package name (`sdk`) → its `.tgz`. */
  readonly tarballs: Readonly<Record<PackedName, string>>;
  /** The msw version installed next to the mock: the lowest of its peer range. */
  readonly msw: string;
}

const LOCK_STALE_MS = 15 * 60_000;
const WAIT_MS = 10 * 60_000;

export const run = (cmd: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): string =>
  execFileSync(cmd, [...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });

/** Every file that decides what the tarballs hold (sources, manifests, build config, catalog). */
function inputs(): string[] {
  const files = ['LICENSE', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', 'scripts/lib/tsup-package.ts', 'test/support/packed.ts'];
  const walk = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const child = path.join(rel, entry.name);
      if (entry.isDirectory()) walk(child);
      else files.push(child);
    }
  };
  for (const name of PACKED) walk(path.join('packages', name));
  return files.sort();
}

function contentKey(): string {
  const hash = createHash('sha256');
  for (const file of inputs())
    hash
      .update(file)
      .update('\0')
      .update(fs.readFileSync(path.join(ROOT, file)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** `^2.2.0` → `2.2.0`: the lowest version a caret range admits (the only form we claim). */
export function lowestOf(range: string): string {
  const match = /^\^(\d+\.\d+\.\d+)$/.exec(range);
  if (!match) throw new Error(`Peer range ${JSON.stringify(range)} is not a plain caret range.`);
  return match[1]!;
}

function build(dir: string): PackedProject {
  const tarballDir = path.join(dir, 'tarballs');
  const tarballs = {} as Record<PackedName, string>;
  for (const name of PACKED) {
    const pkg = path.join(ROOT, 'packages', name);
    run('pnpm', ['run', 'build'], pkg);
    const before = new Set(fs.existsSync(tarballDir) ? fs.readdirSync(tarballDir) : []);
    run('pnpm', ['pack', '--pack-destination', tarballDir], pkg);
    const made = fs.readdirSync(tarballDir).find((f) => !before.has(f));
    if (!made) throw new Error(`pnpm pack wrote no tarball for ${name}`);
    tarballs[name] = path.join(tarballDir, made);
  }
  const mockManifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'packages/mock/package.json'), 'utf8'));
  const msw = lowestOf(mockManifest.peerDependencies.msw);
  const project = path.join(dir, 'project');
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const files = PACKED.map((name) => tarballs[name]);
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...files, `msw@${msw}`], project);
  return { dir: project, tarballs, msw };
}

/** Removes projects of other contents left by earlier runs (old enough not to be in use). */
function sweep(keep: string): void {
  const tmp = os.tmpdir();
  for (const entry of fs.readdirSync(tmp)) {
    if (!entry.startsWith('atender-packed-') || entry.startsWith(keep)) continue;
    const full = path.join(tmp, entry);
    if (Date.now() - fs.statSync(full).mtimeMs > 2 * 60 * 60_000) fs.rmSync(full, { recursive: true, force: true });
  }
}

/** The packed project for the current sources, built by whichever caller comes first. */
export async function packedProject(): Promise<PackedProject> {
  const name = `atender-packed-${contentKey()}`;
  const dir = path.join(os.tmpdir(), name);
  const ready = path.join(dir, 'ready.json');
  const lock = `${dir}.lock`;
  const deadline = Date.now() + WAIT_MS;
  while (!fs.existsSync(ready)) {
    try {
      fs.mkdirSync(lock);
    } catch {
      // Another worker is building it; a lock older than any build is left by a killed run.
      const held = fs.statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > LOCK_STALE_MS) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock}`);
      await sleep(500);
      continue;
    }
    try {
      if (fs.existsSync(ready)) break;
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir);
      const packed = build(dir);
      fs.writeFileSync(ready, JSON.stringify(packed));
      sweep(name);
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
  return JSON.parse(fs.readFileSync(ready, 'utf8')) as PackedProject;
}
