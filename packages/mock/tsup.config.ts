import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/node.ts', 'src/browser.ts', 'src/cli.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  // msw and ajv stay external: the test runner and the app must share one msw instance.
  external: ['msw', 'ajv', 'ajv-formats', '@atender/contract'],
});
