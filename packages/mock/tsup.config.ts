import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';
import { packageBuild } from '../../scripts/lib/tsup-package.ts';

/**
 * The bundled spec (419 KB) is read at run time from the one copy the tarball ships,
 * `src/generated/openapi.json`, instead of being inlined into every bundle and source map.
 */
const specOnce: Plugin = {
  name: 'atender-spec-once',
  setup(build) {
    build.onResolve({ filter: /\/generated\/openapi\.json$/ }, () => ({ path: '../src/generated/openapi.json', external: true }));
  },
};

export default defineConfig(() =>
  packageBuild({
    entry: { index: 'src/index.ts', node: 'src/node.ts', browser: 'src/browser.ts', cli: 'src/cli.ts' },
    // The CLI runs through bin/atender-mock.js, an ES module: no CommonJS copy.
    esmOnly: ['cli'],
    plugins: [specOnce],
  }),
);
