/**
 * The set of generated files and how they compare with a tree on disk. `scripts/generate.ts`
 * writes or checks them; tests use the comparison on temporary trees.
 */
import fs from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { BANNER, emitErrors, emitOperations, emitRateLimits, emitScopes, emitTransportRules } from './emit-contract.ts';
import { emitHttpHeaders } from './emit-headers.ts';
import {
  checkResponseDefaults,
  type Doc,
  loadBundledSpec,
  readCorsHeaders,
  readErrorCodes,
  readOperations,
  readRateLimitTiers,
  readScopeBundles,
  readScopes,
} from './spec.ts';

export const GENERATED_DIRS = ['packages/contract/src/generated', 'packages/mock/src/generated'] as const;
const [CONTRACT_DIR, MOCK_DIR] = GENERATED_DIRS;

async function emitTypes(doc: Doc): Promise<string> {
  // openapi-typescript mutates what it is given; keep the caller's document intact.
  const ast = await openapiTS(structuredClone(doc) as never, {
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    enumValues: true,
    alphabetize: true,
    // A property with a `default` stays optional in what a client sends (the server fills it in);
    // what the server answers lists it in `required` (checked by checkResponseDefaults), so
    // response types still have it. openapi-typescript's default (true) made `TagCreate.color`
    // and the like required in request bodies the server accepts without them.
    defaultNonNullable: false,
    silent: true,
  });
  return BANNER + astToString(ast);
}

/** Every generated file: path relative to the repo root → content. */
export async function renderGeneratedFiles(doc?: Doc): Promise<Map<string, string>> {
  const spec = doc ?? (await loadBundledSpec());
  const scopeSchema = spec.components.schemas.Scope;
  checkResponseDefaults(spec);
  const files = new Map<string, string>();
  files.set(`${CONTRACT_DIR}/openapi.ts`, await emitTypes(spec));
  files.set(`${CONTRACT_DIR}/scopes.ts`, emitScopes(readScopes(spec), scopeSchema['x-enum-descriptions'] ?? {}, readScopeBundles(spec)));
  files.set(`${CONTRACT_DIR}/errors.ts`, emitErrors(readErrorCodes(spec)));
  const operations = readOperations(spec);
  files.set(`${CONTRACT_DIR}/operations.ts`, emitOperations(operations));
  files.set(`${CONTRACT_DIR}/transport-rules.ts`, emitTransportRules(operations));
  files.set(`${CONTRACT_DIR}/rate-limits.ts`, emitRateLimits(readRateLimitTiers(spec)));
  files.set(`${CONTRACT_DIR}/http-headers.ts`, emitHttpHeaders(readCorsHeaders(spec)));
  const json = { 'x-generated': BANNER.slice(3).trim(), ...spec };
  files.set(`${MOCK_DIR}/openapi.json`, `${JSON.stringify(json, null, 2)}\n`);
  return files;
}

/** Generated files under `root` that the spec no longer produces. */
export function staleFiles(files: Map<string, string>, root: string): string[] {
  return GENERATED_DIRS.flatMap((dir) => {
    const abs = path.join(root, dir);
    if (!fs.existsSync(abs)) return [];
    return fs
      .readdirSync(abs)
      .map((name) => `${dir}/${name}`)
      .filter((rel) => !files.has(rel));
  });
}

/** One line per file under `root` that differs from `files`, is missing, or is stale. */
export function compareWithTree(files: Map<string, string>, root: string): string[] {
  const differing = [...files]
    .filter(([rel, content]) => {
      const abs = path.join(root, rel);
      return !fs.existsSync(abs) || fs.readFileSync(abs, 'utf8') !== content;
    })
    .map(([rel]) => `${rel} differs from what the spec produces`);
  return [...differing, ...staleFiles(files, root).map((rel) => `${rel} is not produced by the spec any more`)];
}

/** Writes `files` under `root` and removes stale generated files. */
export function writeTree(files: Map<string, string>, root: string): void {
  for (const rel of staleFiles(files, root)) fs.rmSync(path.join(root, rel));
  for (const [rel, content] of files) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
}
