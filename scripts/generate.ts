/**
 * `pnpm generate` writes every generated file from the spec; `pnpm generate --check` writes
 * nothing and fails, naming each file, when the committed output differs.
 */
import { parseArgs } from 'node:util';
import { compareWithTree, renderGeneratedFiles, writeTree } from './lib/generated-files.ts';
import { ROOT } from './lib/spec.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const files = await renderGeneratedFiles();
  if (!values.check) {
    writeTree(files, ROOT);
    console.log(`generate: wrote ${files.size} files`);
    return;
  }
  const problems = compareWithTree(files, ROOT);
  if (problems.length > 0) {
    console.error(`generate --check: generated code is out of date; run \`pnpm generate\`:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`generate --check: ${files.size} generated files are in sync with the spec`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
