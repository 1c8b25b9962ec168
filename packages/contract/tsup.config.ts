import { defineConfig } from 'tsup';
import { packageBuild } from '../../scripts/lib/tsup-package.ts';

export default defineConfig(() => packageBuild({ entry: { index: 'src/index.ts' } }));
