/**
 * `pnpm docs:build`: builds the static API reference in docs-site/: Redoc's page of the spec (Redocly
 * CLI `build-docs`, scripts inlined so it works offline) drawn from the docs bundle (the spec plus
 * an SDK call and a curl line per operation and links to the matrix and error pages), plus the
 * generated scope-matrix and error-code pages. See docs/decisions/api-reference.md for why Redocly.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { hasScope, isScope } from '../packages/contract/src/index.ts';
import { errorFromResponse } from '../packages/sdk/src/index.ts';
import { docsBundle } from './lib/docs-bundle.ts';
import { errorCodesPage, redocHash, scopeMatrixPage } from './lib/docs-pages.ts';
import { loadBundledSpec, ROOT, readErrorCodes, readOperations, readScopeBundles, readScopes } from './lib/spec.ts';

export const DOCS_DIR = path.join(ROOT, 'docs-site');

/** Redoc's page of `specFile` (the docs bundle: the spec plus code samples and links). */
function buildRedoc(specFile: string): void {
  const bin = path.join(ROOT, 'node_modules/.bin/redocly');
  const out = spawnSync(
    bin,
    ['build-docs', specFile, '--inlineBundle', '--title', 'Atender API reference', '-o', path.join(DOCS_DIR, 'index.html')],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  if (out.status !== 0) throw new Error(`redocly build-docs failed:\n${out.stderr}`);
}

/** The SDK class a code maps to, asked of the SDK itself so the page cannot drift from it. */
async function sdkClassOf(code: string, status: number): Promise<string> {
  const body = JSON.stringify({ type: 'about:blank', title: code, status, code, requestId: 'req_docs' });
  const response = new Response(body, { status, headers: { 'content-type': 'application/problem+json' } });
  const error = await errorFromResponse(response, { method: 'GET', url: 'https://api.atender.io/api/v1/docs' });
  return error.constructor.name;
}

async function main(): Promise<void> {
  fs.rmSync(DOCS_DIR, { recursive: true, force: true });
  fs.mkdirSync(DOCS_DIR, { recursive: true });
  const doc = await loadBundledSpec();
  const operations = readOperations(doc);
  const bundle = docsBundle(doc, (id) => operations.find((op) => op.operationId === id)?.scope ?? null);
  const specFile = path.join(DOCS_DIR, 'openapi.json');
  fs.writeFileSync(specFile, `${JSON.stringify(bundle, null, 2)}\n`);
  buildRedoc(specFile);
  const reaches = (granted: readonly string[], required: string | null) =>
    required === null || hasScope(granted.filter(isScope), isScope(required) ? required : null);
  const matrix = scopeMatrixPage({
    operations,
    referenceHref: (op) => `index.html${redocHash(doc, op)}`,
    bundles: readScopeBundles(doc),
    scopes: readScopes(doc),
    reaches,
  });
  fs.writeFileSync(path.join(DOCS_DIR, 'scopes.html'), matrix);
  const rows = readErrorCodes(doc);
  const classes = new Map<string, string>();
  for (const r of rows) classes.set(r.code, await sdkClassOf(r.code, r.status));
  fs.writeFileSync(
    path.join(DOCS_DIR, 'errors.html'),
    errorCodesPage(rows, (code) => classes.get(code) ?? 'ApiError'),
  );
  console.log(`docs: wrote ${path.relative(ROOT, DOCS_DIR)}/ (index.html, scopes.html, errors.html, openapi.json)`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
