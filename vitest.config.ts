import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects: pure/Node code (shared, electron services, cli) and renderer components (jsdom + fake IndexedDB).
export default defineConfig({
  plugins: [react()],
  test: {
    // CI machines have 2 cores and run both projects at once: a writer or a property test can take seconds there.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['test/unit/**/*.test.ts'], setupFiles: ['test/setup/fast-check.setup.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['test/component/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup/renderer.setup.ts'],
        },
      },
    ],
  },
});
