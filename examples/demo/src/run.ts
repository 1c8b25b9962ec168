/**
 * `pnpm demo`: the kit in one minute, with no key and no network beyond loopback. Starts the
 * mock's sandbox server, syncs kb-sync's sample vault, syncs it again (zero writes), shows a
 * narrow key's typed `InsufficientScopeError` and a rate-limited burst absorbed by pacing, and
 * ends with one machine-checkable line starting `demo: ok` (exit code 0), or `demo: FAILED`
 * naming the step (exit code 1).
 */
import { fileURLToPath } from 'node:url';
import { runBursts } from './burst-step.js';
import { articlesSynced, firstSync, reSync } from './kb-sync-steps.js';
import { DemoStepError, detail, heading, seconds } from './output.js';
import { type DemoSandbox, startDemoSandbox } from './sandbox.js';
import { tryNarrowKey } from './scope-step.js';

/** Runs the steps against a started sandbox; returns the final line. */
async function runSteps(sandbox: DemoSandbox): Promise<string> {
  const url = sandbox.server.sandboxUrl;
  heading(1);
  const first = await firstSync(url, sandbox.keys.write);
  heading(2);
  const again = await reSync(url, sandbox.keys.write);
  heading(3);
  const scope = await tryNarrowKey(url, sandbox.keys.read);
  heading(4);
  const burst = await runBursts(url, { paced: sandbox.keys.burstPaced, unpaced: sandbox.keys.burstUnpaced });
  heading(5);
  const { created, updated } = first.summary.articles;
  const refusal = `${scope.errorName}(${scope.requiredScopes.join(', ')})`;
  detail(
    `mock          ${url} (sandbox host, demo tenant Acme Outdoor Gear)`,
    `first sync    ${articlesSynced(first)} articles: ${created} created, ${updated} updated — ${first.writes} writes in ${seconds(first.ms)}`,
    `re-run        ${again.writes} writes, ${again.requests} reads`,
    `narrow key    ${refusal}, nothing written`,
    `burst         ${burst.size} calls: pacing on 0 × 429 in ${seconds(burst.pacedMs)}; pacing off ${burst.unpacedRateLimitErrors} RateLimitErrors`,
  );
  return `demo: ok — ${articlesSynced(first)} articles synced, ${again.writes} writes on re-run, ${refusal}, burst of ${burst.size} in ${seconds(burst.pacedMs)} with ${burst.pacedLimited} × 429`;
}

/** Runs the whole demo and returns the exit code. */
export async function main(): Promise<number> {
  heading(0);
  let sandbox: DemoSandbox;
  try {
    sandbox = await startDemoSandbox();
  } catch (error) {
    process.stdout.write(`\ndemo: FAILED — could not start the mock: ${(error as Error).message}\n`);
    return 1;
  }
  detail(`${sandbox.server.sandboxUrl}  answers as https://sandbox.atender.io (loopback only; no key, no network)`);
  try {
    const last = await runSteps(sandbox);
    process.stdout.write(`\n${last}\n`);
    return 0;
  } catch (error) {
    const reason = error instanceof DemoStepError ? error.message : String((error as Error)?.stack ?? error);
    process.stdout.write(`\ndemo: FAILED — ${reason}\n`);
    return 1;
  } finally {
    await sandbox.server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main();
}
