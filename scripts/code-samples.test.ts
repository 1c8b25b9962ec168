/**
 * The reference's code samples: every operation has an SDK call and a curl line, and every SDK
 * call type-checks under strict against the SDK (so a sample cannot name a wrong path, a missing
 * parameter or a body the spec refuses).
 */
import path from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeSamples } from './lib/code-samples.ts';
import { docsBundle, plainText } from './lib/docs-bundle.ts';
import { type Doc, loadBundledSpec, ROOT, readOperations } from './lib/spec.ts';
import { problemsOf, strictProgram } from './lib/strict-check.ts';

let doc: Doc;
beforeAll(async () => {
  doc = await loadBundledSpec();
}, 60_000);

/** Type-checks `files` (virtual, under packages/sdk so `@atender/sdk` resolves) and returns the problems. */
function typeCheck(files: Map<string, string>): string[] {
  const program = strictProgram(files);
  return [...files.keys()].flatMap((f) =>
    problemsOf(program, f).map((d) => `${path.basename(f)}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`),
  );
}

describe('code samples', () => {
  it('exist for every operation: an SDK call and a curl line naming its method and path', () => {
    for (const op of readOperations(doc)) {
      const [sdk, curl] = codeSamples(doc, op.path, op.method);
      expect(sdk?.source, op.operationId).toContain(`atender.${op.method.toUpperCase()}('${op.path}'`);
      expect(curl?.source, op.operationId).toMatch(
        new RegExp(`^curl${op.method === 'get' ? '' : ` -X ${op.method.toUpperCase()}`} 'https://sandbox\\.atender\\.io/api/v1/`),
      );
      expect(curl?.source).toMatch(/-H "Authorization: Bearer /);
    }
  });

  it('send the body the spec requires, as JSON in curl', () => {
    const [sdk, curl] = codeSamples(doc, '/api/v1/tags', 'post');
    expect(sdk?.source).toContain('body: {name:');
    const json = /-d '(.*)'$/s.exec(curl!.source)?.[1];
    expect(Object.keys(JSON.parse(json!))).toEqual(['name']);
  });

  const sampleFiles = (edit: (source: string) => string) =>
    new Map(
      readOperations(doc).map((op) => [
        path.join(ROOT, 'packages/sdk', `__sample_${op.operationId}.mts`),
        `${edit(codeSamples(doc, op.path, op.method)[0]!.source)}\nexport {};\n`,
      ]),
    );

  it('type-check under strict against the SDK, every one of them', () => {
    const files = sampleFiles((source) => source);
    expect(files.size).toBe(readOperations(doc).length);
    expect(typeCheck(files)).toEqual([]);
  }, 180_000);

  it('would fail the check with a field the spec does not declare', () => {
    const errors = typeCheck(sampleFiles((source) => source.replace('body: {', 'body: { bogus: 1, ')));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.includes("'bogus'"))).toBe(true);
  }, 180_000);
});

describe('docs bundle', () => {
  it('puts the samples and the matrix and error links on every operation', () => {
    const rows = readOperations(doc);
    const bundle = docsBundle(doc, (id) => rows.find((r) => r.operationId === id)?.scope ?? null);
    for (const row of rows) {
      const op = bundle.paths[row.path][row.method];
      expect(
        op['x-codeSamples'].map((s: { label: string }) => s.label),
        row.operationId,
      ).toEqual(['@atender/sdk', 'curl']);
      expect(op.description).toContain(`scopes.html#op-${row.operationId}`);
      expect(op.description).toMatch(/errors\.html#status-401/);
    }
    expect(doc.paths['/api/v1/tags'].post['x-codeSamples']).toBeUndefined();
  });

  it('leaves no Markdown backticks where Redoc shows plain text', () => {
    const bundle = docsBundle(doc, () => null);
    expect(doc.servers.some((s: { description: string }) => s.description.includes('`'))).toBe(true);
    for (const server of bundle.servers) expect(server.description).not.toContain('`');
    expect(plainText('keys `sa_live_…`')).toBe('keys sa_live_…');
  });
});
