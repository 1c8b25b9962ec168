import { defineConfig } from 'vitest/config';

/** One project per package; type tests (`*.test-d.ts`) are type-checked, not run. */
const project = (name: string, root: string, extra: Record<string, unknown> = {}) => ({
  test: {
    name,
    root,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    ...extra,
  },
});

export default defineConfig({
  test: {
    projects: [
      project('contract', './packages/contract'),
      project('scripts', './scripts'),
    ],
  },
});
