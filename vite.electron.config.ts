import { defineConfig } from 'vite';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';

// Main and preload bundled to CommonJS. A sandboxed preload cannot require sibling chunks, so each entry is
// self-contained (shared/ipc/contract.ts is inlined into the preload).
export default defineConfig({
  build: {
    outDir: resolve(import.meta.dirname, 'dist-electron'),
    emptyOutDir: true,
    target: 'node22',
    ssr: true,
    minify: false,
    sourcemap: true,
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'electron/main/index.ts'),
        preload: resolve(import.meta.dirname, 'electron/preload/index.ts'),
      },
      external: ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { format: 'cjs', entryFileNames: '[name].cjs' },
    },
  },
});
