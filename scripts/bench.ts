/**
 * `pnpm bench`: runs every benchmark of the repo in one go and writes bench/report.md with
 * medians and ratios side by side, the anchors measured in the same run, and a table of the
 * targets with whether this run met each. Numbers come from this run only.
 * `pnpm bench <name…>` runs only the benchmarks whose name contains one of the arguments.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleSizeSection, measureBundleSizes, SDK_BUNDLE_BUDGET_BYTES } from './bench/bundle-size.ts';
import type { AnchorName } from './bench/client-anchors.ts';
import { type LoopbackResult, loopbackSection, measureLoopback } from './bench/client-loopback.ts';
import { extraOverRaw, measureStubCalls, stubSection } from './bench/client-stub.ts';
import { COLD_IMPORT_BUDGET_MS, coldImportSection, measureColdImports } from './bench/cold-import.ts';
import { runKbSyncPacingBench } from './bench/kb-sync-pacing.ts';
import { measureLoad } from './bench/load.ts';
import { loadSection, loadTargets, PLATEAU_SLACK_BYTES } from './bench/load-report.ts';
import { runMockPipelineBench } from './bench/mock-pipeline.ts';
import { runRedisPacingBench } from './bench/redis-pacing.ts';
import { type BenchSection, fmt, median, renderSection } from './bench/stats.ts';
import { runTypecheckBench, typecheckSection } from './bench/typecheck.ts';
import { ROOT } from './lib/spec.ts';

/** One target of the report: what was asked, what this run measured, and whether it met it. */
interface Target {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean | undefined;
}

const targets: Target[] = [];
const verdict = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? 'met' : '**not met**');

type Bench = { name: string; run: () => Promise<BenchSection> };

const BENCHES: Bench[] = [
  {
    name: 'bundle sizes',
    run: async () => {
      const sizes = await measureBundleSizes();
      const sdk = sizes.rows.find((r) => r.name === '@atender/sdk (main entry)');
      const anchor = sizes.rows.find((r) => r.name === 'anchor: openapi-fetch + ky');
      targets.push({
        target: `SDK main entry, browser ESM with every dependency, ≤ ${SDK_BUNDLE_BUDGET_BYTES / 1024} KiB min+gzip`,
        measured: sdk
          ? `${(sdk.gzip / 1024).toFixed(2)} KiB (openapi-fetch + ky alone: ${anchor ? (anchor.gzip / 1024).toFixed(2) : 'n/a'} KiB)`
          : 'build failed',
        met: sdk ? sdk.gzip <= SDK_BUNDLE_BUDGET_BYTES : false,
      });
      return bundleSizeSection(sizes);
    },
  },
  {
    name: 'cold import',
    run: async () => {
      const times = measureColdImports();
      const sdk = median(times['@atender/sdk'] ?? []);
      const anchor = median(times['openapi-fetch + ky (anchor)'] ?? []);
      targets.push({
        target: `Cold import of the SDK's ESM entry ≤ openapi-fetch + ky's + ${COLD_IMPORT_BUDGET_MS} ms`,
        measured: `${fmt(sdk, 1)} ms vs ${fmt(anchor, 1)} ms (${sdk - anchor >= 0 ? '+' : ''}${fmt(sdk - anchor, 1)} ms)`,
        met: Number.isFinite(sdk) ? sdk - anchor <= COLD_IMPORT_BUDGET_MS : undefined,
      });
      return coldImportSection(times);
    },
  },
  { name: 'type-check', run: async () => typecheckSection(await runTypecheckBench()) },
  {
    name: 'client stub',
    run: async () => {
      const perCall = await measureStubCalls();
      const extra = extraOverRaw(perCall);
      const sdk = Math.max(extra['SDK, pacing on'], extra['SDK, pacing off']);
      const us = (name: AnchorName) => `${fmt(extra[name], 1)} µs`;
      targets.push({
        target: 'SDK extra CPU per call over raw stub fetch (all features on) ≤ the naive openapi-fetch + ky composition',
        measured: `SDK ${us('SDK, pacing on')} (pacing off ${us('SDK, pacing off')}) vs composition ${us('openapi-fetch + ky (naive)')}`,
        met: sdk <= extra['openapi-fetch + ky (naive)'],
      });
      targets.push({
        target: "Stretch: SDK extra CPU per call ≤ openai-node's",
        measured: `SDK ${us('SDK, pacing on')} vs openai-node ${us('openai-node')} (openapi-fetch alone ${us('openapi-fetch')})`,
        met: sdk <= extra['openai-node'],
      });
      return stubSection(perCall);
    },
  },
  {
    name: 'client loopback',
    run: async () => {
      const result = await measureLoopback();
      for (const mode of ['sequential', 'concurrent'] as const) {
        const r = result[mode];
        const ratioOf = (name: AnchorName) => r[name] / r['raw fetch'];
        const sdk = Math.min(ratioOf('SDK, pacing on'), ratioOf('SDK, pacing off'));
        const label = mode === 'sequential' ? 'sequential' : '64 concurrent';
        targets.push({
          target: `Loopback req/s ratio to raw fetch, ${label}: SDK ≥ the naive composition`,
          measured: `SDK ${fmt(ratioOf('SDK, pacing on'), 2)} (pacing off ${fmt(ratioOf('SDK, pacing off'), 2)}) vs composition ${fmt(ratioOf('openapi-fetch + ky (naive)'), 2)}, openai-node ${fmt(ratioOf('openai-node'), 2)}`,
          met: sdk >= ratioOf('openapi-fetch + ky (naive)'),
        });
      }
      return loopbackSection(result as LoopbackResult);
    },
  },
  {
    name: 'mock pipeline',
    run: async () => {
      const section = await runMockPipelineBench();
      const row = section.rows.find((r) => String(r[0]).startsWith('Atender mock via msw'));
      const ratio = row ? Number.parseFloat(String(row.at(-1))) : Number.NaN;
      targets.push({
        target: 'Mock pipeline ≤ 1.25× a bare msw handler per request',
        measured: Number.isFinite(ratio) ? `${fmt(ratio, 2)}×` : 'n/a',
        met: Number.isFinite(ratio) ? ratio <= 1.25 : undefined,
      });
      return section;
    },
  },
  { name: 'kb-sync pacing', run: runKbSyncPacingBench },
  { name: 'redis pacing', run: runRedisPacingBench },
  {
    name: 'load',
    run: async () => {
      const result = await measureLoad();
      const v = loadTargets(result);
      targets.push({
        target: `Load: req/s over the last ${result.window} s of a ${result.seconds} s mixed run at 20 connections ≥ 0.75 × the first ${result.window} s, no failures`,
        measured: `${fmt(result.first.rate, 0)} → ${fmt(result.last.rate, 0)} req/s (${fmt(v.throughputKept, 2)}), ${result.failures} failures`,
        met: v.throughputMet,
      });
      targets.push({
        target: `Load: server memory plateaus — heap after GC grows ≤ ${PLATEAU_SLACK_BYTES / 1024 / 1024} MB beyond the messages created and the 24 h idempotency records`,
        measured:
          v.unexplained === null
            ? 'n/a'
            : `${fmt(v.unexplained / 1024 / 1024, 1)} MB (heap ${result.heap?.map((b) => fmt(b / 1024 / 1024, 1)).join(' / ')} MB start / middle / end)`,
        met: v.memoryMet,
      });
      return loadSection(result);
    },
  },
];

function targetsSection(): BenchSection {
  return {
    title: 'Targets in this run',
    method:
      'Each target of the issues that own these benchmarks, the number this run measured, and whether it met the target. Budgets are not moved to pass.',
    columns: ['target', 'measured', 'verdict'],
    rows: targets.map((t) => [t.target, t.measured, verdict(t.met)]),
  };
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const sections: BenchSection[] = [];
  for (const bench of BENCHES) {
    if (only.length > 0 && !only.some((o) => bench.name.includes(o))) continue;
    const started = performance.now();
    console.log(`bench: ${bench.name} …`);
    try {
      sections.push(await bench.run());
    } catch (err) {
      sections.push({ title: bench.name, method: 'failed to run', columns: ['error'], rows: [[String((err as Error).message)]] });
    }
    console.log(`bench: ${bench.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const header = `# Benchmark report\n\nWritten by \`pnpm bench\` on ${new Date().toISOString()} (Node ${process.version}, ${os.cpus().length} cores, ${os.platform()}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} at the end). Medians of interleaved samples; the machine is shared, so compare ratios within this run.\n\n`;
  const file = path.join(ROOT, 'bench/report.md');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, header + [targetsSection(), ...sections].map(renderSection).join('\n'));
  console.log(renderSection(targetsSection()));
  console.log(`bench: wrote ${path.relative(ROOT, file)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
