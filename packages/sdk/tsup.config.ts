import { defineConfig } from 'tsup';
import { packageBuild } from '../../scripts/lib/tsup-package.ts';

export default defineConfig(() =>
  packageBuild({
    entry: { index: 'src/index.ts' },
    // ky is ESM-only: a CommonJS require() of it depends on the runtime's ESM interop (esbuild's
    // `__toESM` lost `ky.create`), so the .cjs build carries its own copy.
    inlineForCjs: ['ky'],
  }),
);
