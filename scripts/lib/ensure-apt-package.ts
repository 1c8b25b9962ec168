/**
 * The Debian binaries the tests and benchmarks drive, each installed on first need by
 * `scripts/ensure-apt-package.sh` (so the README's `pnpm test` works on a new machine).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './spec.ts';

/** Each binary, its Debian package, and the variable that points the tests at another copy. */
export const APT_BINARIES = {
  chromium: { package: 'chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  redis: { package: 'redis-server', path: process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server' },
} as const;

/** Installs the binary's package when the binary is missing; the script's exit status (0 = ready). */
export function ensureAptBinary(name: keyof typeof APT_BINARIES): number {
  const binary = APT_BINARIES[name];
  const run = spawnSync('bash', [path.join(ROOT, 'scripts/ensure-apt-package.sh'), binary.package, binary.path], { stdio: 'inherit' });
  return run.status ?? 1;
}
