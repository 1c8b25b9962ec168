import { defineConfig } from 'tsup';
import { packageBuild } from '../../scripts/lib/tsup-package.ts';

export default defineConfig(() =>
  packageBuild({
    entry: { index: 'src/index.ts', webhooks: 'src/webhooks.ts' },
    // The contract's rules the SDK uses are bundled in, tree-shaken: importing the SDK must not
    // load (and evaluate) the whole contract with its tables. Its types still come from
    // @atender/contract, which stays a dependency.
    inline: ['@atender/contract'],
    // ky is ESM-only: a CommonJS require() of it depends on the runtime's ESM interop (esbuild's
    // `__toESM` lost `ky.create`), so the .cjs build carries its own copy.
    inlineForCjs: ['ky'],
  }),
);
