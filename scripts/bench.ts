/**
 * `pnpm bench`: runs every benchmark of the repo in one go and writes bench/report.md with
 * medians and ratios side by side. Numbers come from this run only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBundleSizeBench } from './bench/bundle-size.ts';
import { runClientOverheadBench } from './bench/client-overhead.ts';
import { runColdImportBench } from './bench/cold-import.ts';
import { runKbSyncPacingBench } from './bench/kb-sync-pacing.ts';
import { runLoadBench } from './bench/load.ts';
import { runMockPipelineBench } from './bench/mock-pipeline.ts';
import { runRedisPacingBench } from './bench/redis-pacing.ts';
import { type BenchSection, renderSection } from './bench/stats.ts';
import { runTypecheckBench, typecheckSection } from './bench/typecheck.ts';
import { ROOT } from './lib/spec.ts';

type Bench = { name: string; run: () => Promise<BenchSection> };

const BENCHES: Bench[] = [
  { name: 'bundle sizes', run: runBundleSizeBench },
  { name: 'cold import', run: runColdImportBench },
  { name: 'type-check', run: async () => typecheckSection(await runTypecheckBench()) },
  { name: 'client overhead', run: runClientOverheadBench },
  { name: 'mock pipeline', run: runMockPipelineBench },
  { name: 'kb-sync pacing', run: runKbSyncPacingBench },
  { name: 'redis pacing', run: runRedisPacingBench },
  { name: 'load', run: runLoadBench },
];

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
  const header = `# Benchmark report\n\nWritten by \`pnpm bench\` on ${new Date().toISOString()} (Node ${process.version}, ${os.cpus().length} cores, ${os.platform()}). Medians of interleaved samples; the machine is shared, so compare ratios within this run.\n\n`;
  const file = path.join(ROOT, 'bench/report.md');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, header + sections.map(renderSection).join('\n'));
  console.log(`bench: wrote ${path.relative(ROOT, file)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
