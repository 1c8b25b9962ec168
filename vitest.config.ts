import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources (the `atender:source` export
// condition), so tests need no build first.
const resolve = { conditions: ['atender:source', ...defaultClientConditions] };
const ssr = { resolve: { conditions: ['atender:source', ...defaultServerConditions] } };

/** One project per package; type tests (`*.test-d.ts`) are type-checked, not run. */
const project = (name: string, root: string, extra: Record<string, unknown> = {}) => ({
  test: {
    name,
    root,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', '*.test.ts'],
    // Vitest's 5 s default is a hang guard, not a speed target: on the shared 2-core CI machine the
    // tests that spawn servers, browsers and npm installs need more room. Speed lives in `pnpm bench`.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    ...extra,
  },
  resolve,
  ssr,
});

export default defineConfig({
  resolve,
  ssr,
  test: {
    projects: [
      project('contract', './packages/contract'),
      project('sdk', './packages/sdk'),
      project('scripts', './scripts'),
      project('mock', './packages/mock'),
      project('pacing-redis', './packages/pacing-redis'),
      project('kb-sync', './examples/kb-sync'),
      project('demo', './examples/demo'),
      project('crm-contacts', './examples/crm-contacts'),
      project('bi-export', './examples/bi-export'),
      project('webhook-receiver', './examples/webhook-receiver'),
      project('proof', './test', { include: ['**/*.test.ts'] }),
    ],
  },
});
