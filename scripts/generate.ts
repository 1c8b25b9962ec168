/**
 * `pnpm generate` writes every generated file from the spec; `pnpm generate --check` writes
 * nothing and fails, naming each file, when the committed output differs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import { BANNER, emitErrors, emitOperations, emitRateLimits, emitScopes } from './lib/emit-contract.ts';
import {
  type Doc,
  loadBundledSpec,
  readErrorCodes,
  readOperations,
  readRateLimitTiers,
  readScopeBundles,
  readScopes,
  ROOT,
} from './lib/spec.ts';

const CONTRACT_DIR = 'packages/contract/src/generated';
const MOCK_DIR = 'packages/mock/src/generated';

async function emitTypes(doc: Doc): Promise<string> {
  const ast = await openapiTS(structuredClone(doc) as never, {
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    enumValues: true,
    alphabetize: true,
    silent: true,
  });
  return BANNER + astToString(ast);
}

/** Every generated file: path relative to the repo → content. */
async function renderAll(): Promise<Map<string, string>> {
  const doc = await loadBundledSpec();
  const scopeSchema = doc.components.schemas.Scope;
  const files = new Map<string, string>();
  files.set(`${CONTRACT_DIR}/openapi.ts`, await emitTypes(doc));
  files.set(`${CONTRACT_DIR}/scopes.ts`, emitScopes(readScopes(doc), scopeSchema['x-enum-descriptions'] ?? {}, readScopeBundles(doc)));
  files.set(`${CONTRACT_DIR}/errors.ts`, emitErrors(readErrorCodes(doc)));
  files.set(`${CONTRACT_DIR}/operations.ts`, emitOperations(readOperations(doc)));
  files.set(`${CONTRACT_DIR}/rate-limits.ts`, emitRateLimits(readRateLimitTiers(doc)));
  const json = { 'x-generated': BANNER.slice(3).trim(), ...doc };
  files.set(`${MOCK_DIR}/openapi.json`, `${JSON.stringify(json, null, 2)}\n`);
  return files;
}

/** Generated files on disk that the spec no longer produces. */
function staleFiles(files: Map<string, string>): string[] {
  const stale: string[] = [];
  for (const dir of [CONTRACT_DIR, MOCK_DIR]) {
    const abs = path.join(ROOT, dir);
    if (!fs.existsSync(abs)) continue;
    for (const name of fs.readdirSync(abs)) {
      const rel = `${dir}/${name}`;
      if (!files.has(rel)) stale.push(rel);
    }
  }
  return stale;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const files = await renderAll();
  if (values.check) {
    const differing = [...files].filter(([rel, content]) => {
      const abs = path.join(ROOT, rel);
      return !fs.existsSync(abs) || fs.readFileSync(abs, 'utf8') !== content;
    });
    const problems = [...differing.map(([rel]) => `  ${rel} differs from what the spec produces`), ...staleFiles(files).map((rel) => `  ${rel} is not produced by the spec any more`)];
    if (problems.length > 0) {
      console.error(`generate --check: generated code is out of date; run \`pnpm generate\`:\n${problems.join('\n')}`);
      process.exit(1);
    }
    console.log(`generate --check: ${files.size} generated files are in sync with the spec`);
    return;
  }
  for (const rel of staleFiles(files)) fs.rmSync(path.join(ROOT, rel));
  for (const [rel, content] of files) {
    fs.mkdirSync(path.dirname(path.join(ROOT, rel)), { recursive: true });
    fs.writeFileSync(path.join(ROOT, rel), content);
  }
  console.log(`generate: wrote ${files.size} files`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
