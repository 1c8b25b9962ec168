/**
 * The one tsup build every published package uses, so the tarballs share one shape:
 * - ESM (`.js`) and CommonJS (`.cjs`) bundles with code splitting in both, so code shared by
 *   several entry points ships once per format, not once per entry;
 * - CommonJS inlines the ESM-only dependencies it is given (`ky`): `require()` of an ESM-only
 *   package goes through esbuild's `__toESM` and loses its default export on Node and Bun;
 * - declarations are emitted once, as `.d.cts`; each `.d.ts` re-exports its `.d.cts`, so a
 *   ~400 KB generated type file is not shipped twice;
 * - the ESM build's source maps point at the shipped `src/` and carry no copy of it
 *   (`sourcesContent: false`); the CommonJS build has none, because tsup's CommonJS code
 *   splitting rewrites esbuild's chunks afterwards and its maps name the intermediate files.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Options } from 'tsup';

/** What differs between packages. */
export interface PackageBuild {
  /** Entry name → source file, e.g. `{ index: 'src/index.ts' }`. */
  readonly entry: Readonly<Record<string, string>>;
  /** Entries built for ESM only (a CLI run through its `bin` launcher). */
  readonly esmOnly?: readonly string[];
  /** Dependencies bundled into both formats (tree-shaken), e.g. a workspace package's rules. */
  readonly inline?: readonly string[];
  /** ESM-only dependencies to inline into the CommonJS build. */
  readonly inlineForCjs?: readonly string[];
  /** More esbuild plugins (shared by both formats). */
  readonly plugins?: Options['esbuildPlugins'];
}

const OUT_DIR = 'dist';

/** The pair of tsup configurations (ESM, CommonJS) for one package. */
export function packageBuild(build: PackageBuild): Options[] {
  // Cleaned here, once, rather than by `clean: true` in two configurations running in parallel.
  fs.rmSync(OUT_DIR, { recursive: true, force: true });
  const esmOnly = new Set(build.esmOnly ?? []);
  const cjsEntry = Object.fromEntries(Object.entries(build.entry).filter(([name]) => !esmOnly.has(name)));
  const common: Options = {
    outDir: OUT_DIR,
    target: 'es2022',
    sourcemap: true,
    splitting: true,
    clean: false,
    esbuildPlugins: [...(build.plugins ?? [])],
    esbuildOptions(options) {
      options.sourcesContent = false;
      // es2022 predates import attributes; without this esbuild drops `with { type: 'json' }`
      // from an external JSON import, which Node's ESM loader then refuses.
      options.supported = { ...options.supported, 'import-attributes': true };
    },
  };
  return [
    {
      ...common,
      entry: { ...build.entry },
      format: ['esm'],
      dts: false,
      noExternal: [...(build.inline ?? [])],
      async onSuccess() {
        for (const name of Object.keys(cjsEntry)) {
          const stub = `// The declarations live once, in ${name}.d.cts; ESM and CommonJS consumers see the same types.\nexport * from './${name}.cjs';\n`;
          fs.writeFileSync(path.join(OUT_DIR, `${name}.d.ts`), stub);
        }
      },
    },
    {
      ...common,
      entry: cjsEntry,
      format: ['cjs'],
      sourcemap: false,
      dts: true,
      noExternal: [...(build.inline ?? []), ...(build.inlineForCjs ?? [])],
    },
  ];
}
