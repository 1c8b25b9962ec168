import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/webhooks.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  // The contract's rules the SDK uses are bundled in, tree-shaken: importing the SDK must not
  // load (and evaluate) the whole contract with its tables. Its types still come from
  // @atender/contract, which stays a dependency.
  noExternal: ['@atender/contract'],
});
