import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The console is served by the API under /console/ (apps/api/src/console/serve-console.ts) and
// built into dist/console by scripts/build.mjs. No plugin: Vite's own transform compiles TSX for
// Preact's automatic JSX runtime. Assets get content hashes (the API caches them as immutable).
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

export default defineConfig({
  root: here,
  base: '/console/',
  publicDir: false,
  resolve: {
    alias: { '@claimtrail/api-client': path.join(root, 'packages/api-client/src/index.ts') },
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: path.join(root, 'dist/console'),
    emptyOutDir: true,
    target: 'es2022',
    // The chart pages load ECharts on demand; its chunk is bigger than Vite's default warning.
    chunkSizeWarningLimit: 1200,
    reportCompressedSize: false,
  },
});
