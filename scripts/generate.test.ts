import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareWithTree, renderGeneratedFiles, writeTree } from './lib/generated-files.ts';
import { type Doc, loadBundledSpec, ROOT, readOperations } from './lib/spec.ts';

let doc: Doc;
let files: Map<string, string>;
beforeAll(async () => {
  doc = await loadBundledSpec();
  files = await renderGeneratedFiles(doc);
}, 60_000);

const tempTree = () => fs.mkdtempSync(path.join(os.tmpdir(), 'atender-gen-'));

describe('generate', () => {
  it('is deterministic: two runs give byte-identical output', async () => {
    const again = await renderGeneratedFiles(await loadBundledSpec());
    expect([...again]).toEqual([...files]);
  });

  it('opens every generated TypeScript file with the do-not-edit banner', () => {
    for (const [rel, content] of files) {
      if (rel.endsWith('.ts')) expect(content.split('\n')[0], rel).toMatch(/^\/\/ generated from openapi\/atender\.yaml .* do not edit$/);
    }
  });

  it('--check passes on the committed tree', () => {
    expect(compareWithTree(files, ROOT)).toEqual([]);
  });

  it('--check names a hand-edited file, a missing file and a stale file', () => {
    const root = tempTree();
    writeTree(files, root);
    expect(compareWithTree(files, root)).toEqual([]);
    const edited = 'packages/contract/src/generated/scopes.ts';
    fs.appendFileSync(path.join(root, edited), '// hand edit\n');
    fs.rmSync(path.join(root, 'packages/contract/src/generated/errors.ts'));
    fs.writeFileSync(path.join(root, 'packages/contract/src/generated/old.ts'), '');
    expect(compareWithTree(files, root)).toEqual([
      'packages/contract/src/generated/scopes.ts differs from what the spec produces',
      'packages/contract/src/generated/errors.ts differs from what the spec produces',
      'packages/contract/src/generated/old.ts is not produced by the spec any more',
    ]);
    fs.rmSync(root, { recursive: true });
  });
});

describe('reading the spec', () => {
  const withOperation = (op: Doc): Doc => {
    const copy = structuredClone(doc);
    copy.paths['/api/v1/test'] = { get: { operationId: 'testOp', responses: {}, ...op } };
    return copy;
  };

  it('reads one scope per operation from the security role names', () => {
    const rows = readOperations(doc);
    expect(rows.find((r) => r.operationId === 'createKbArticle')).toMatchObject({
      scope: 'knowledge:write',
      visibility: 'public',
      reserved: false,
    });
    expect(rows.find((r) => r.operationId === 'getApiKeyInfo')?.scope).toBeNull();
  });

  it('refuses an unknown scope, naming the operation', () => {
    expect(() => readOperations(withOperation({ security: [{ apiKey: ['knowledge:wirte'] }] }))).toThrow(
      'GET /api/v1/test: unknown scope "knowledge:wirte"',
    );
  });

  it('refuses alternatives that disagree and operations without security', () => {
    expect(() => readOperations(withOperation({ security: [{ apiKey: ['knowledge:read'] }, { session: ['knowledge:write'] }] }))).toThrow(
      /different scopes/,
    );
    expect(() => readOperations(withOperation({}))).toThrow('GET /api/v1/test: no `security` declared');
  });

  it('refuses a dashboard-only endpoint that accepts an API key', () => {
    expect(() => readOperations(withOperation({ 'x-visibility': 'dashboard', security: [{ apiKey: ['users:read'] }] }))).toThrow(
      /only the session scheme/,
    );
  });
});
