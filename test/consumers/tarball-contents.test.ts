/**
 * What each published tarball holds: the spec once, no file twice, no source twice (source maps
 * point at the shipped `src/` instead of embedding it), declarations once, a LICENSE and the
 * repository metadata. Each package's unpacked size goes to test-results/tarball-sizes.json.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKED, type PackedName, packedProject, ROOT, run } from '../support/packed.ts';

interface Unpacked {
  readonly dir: string;
  /** Path inside the package → bytes. */
  readonly files: ReadonlyMap<string, Buffer>;
}

const unpacked = new Map<PackedName, Unpacked>();
let scratch: string;

function listFiles(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((entry) => {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, child) : [child];
  });
}

beforeAll(async () => {
  const packed = await packedProject();
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'atender-tarball-'));
  for (const name of PACKED) {
    const dir = path.join(scratch, name);
    fs.mkdirSync(dir);
    run('tar', ['-xzf', packed.tarballs[name], '-C', dir, '--strip-components=1'], dir);
    unpacked.set(name, { dir, files: new Map(listFiles(dir).map((f) => [f, fs.readFileSync(path.join(dir, f))])) });
  }
  const sizes = Object.fromEntries(
    PACKED.map((name) => {
      const files = [...unpacked.get(name)!.files.values()];
      return [`@atender/${name}`, { files: files.length, unpackedBytes: files.reduce((sum, b) => sum + b.length, 0) }];
    }),
  );
  fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'test-results/tarball-sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
  console.log('unpacked tarball sizes:', sizes);
}, 600_000);

afterAll(() => {
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

/** How many JSON-pointer refs into the spec's components a text holds: the spec's fingerprint. */
const specRefs = (text: string) => text.match(/#\/components\//g)?.length ?? 0;
const specDocument = JSON.parse(fs.readFileSync(path.join(ROOT, 'packages/mock/src/generated/openapi.json'), 'utf8'));
const SPEC_REFS = specRefs(JSON.stringify(specDocument));

describe.each(PACKED)('the @atender/%s tarball', (name) => {
  const pkg = () => unpacked.get(name)!;
  const manifest = () => JSON.parse(pkg().files.get('package.json')!.toString('utf8'));

  it('ships the MIT LICENSE of the repository', () => {
    expect(pkg().files.get('LICENSE')?.toString('utf8')).toBe(fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8'));
    expect(manifest().license).toBe('MIT');
  });

  it('names its repository, homepage and issue tracker, and has no workspace references left', () => {
    const m = manifest();
    expect(m.repository).toMatchObject({ type: 'git', url: expect.stringMatching(/^git\+https:\/\//), directory: `packages/${name}` });
    expect(m.homepage).toMatch(/^https:\/\//);
    expect(m.bugs?.url).toMatch(/^https:\/\//);
    expect(pkg().files.get('package.json')!.toString('utf8')).not.toMatch(/"(workspace|catalog):/);
  });

  it('carries the spec in at most one file', () => {
    expect(SPEC_REFS).toBeGreaterThan(100);
    // A copy of the spec (JSON, a bundle inlining it, a source map embedding it) holds most of its refs.
    const copies = [...pkg().files].filter(([, bytes]) => specRefs(bytes.toString('utf8')) > SPEC_REFS / 2).map(([file]) => file);
    expect(copies.length, copies.join(', ')).toBeLessThanOrEqual(1);
  });

  it('ships no file twice', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [file, bytes] of pkg().files) {
      if (bytes.length < 1024) continue;
      const hash = createHash('sha256').update(bytes).digest('hex');
      const first = seen.get(hash);
      if (first) twice.push(`${first} = ${file}`);
      else seen.set(hash, file);
    }
    expect(twice).toEqual([]);
  });

  it('ships no source twice: source maps point at the shipped src/ and embed none of it', () => {
    const maps = [...pkg().files].filter(([file]) => file.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(0);
    for (const [file, bytes] of maps) {
      const map = JSON.parse(bytes.toString('utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
      expect(map.sourcesContent?.filter((s) => s !== null) ?? [], file).toEqual([]);
      for (const source of map.sources) {
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), source));
        // Dependencies inlined into a bundle (ky in the SDK's CommonJS build) are not ours to ship.
        if (target.includes('node_modules/')) continue;
        // A sibling package inlined into this one (the contract's rules in the SDK): the map points
        // at `../<name>/src/…`, which is where that dependency sits beside us once installed.
        const sibling = /^\.\.\/([^/]+)\/(.+)$/.exec(target);
        if (sibling && (PACKED as readonly string[]).includes(sibling[1]!)) {
          expect(manifest().dependencies?.[`@atender/${sibling[1]}`], `${file} → ${target}: not a dependency`).toBeDefined();
          expect(unpacked.get(sibling[1] as PackedName)!.files.has(sibling[2]!), `${file} → ${target}`).toBe(true);
          continue;
        }
        expect(pkg().files.has(target), `${file} → ${target}`).toBe(true);
      }
    }
  });

  it('emits each declaration file once: every .d.ts re-exports its .d.cts', () => {
    const dts = [...pkg().files.keys()].filter((f) => f.endsWith('.d.ts'));
    expect(dts.length).toBeGreaterThan(0);
    for (const file of dts) {
      const twin = file.replace(/\.d\.ts$/, '.d.cts');
      expect(pkg().files.has(twin), twin).toBe(true);
      const text = pkg().files.get(file)!.toString('utf8');
      expect(text.length, file).toBeLessThan(1024);
      expect(text).toContain(`export * from './${path.posix.basename(twin, '.d.cts')}.cjs';`);
    }
  });
});
