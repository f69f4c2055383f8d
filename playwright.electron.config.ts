import { defineConfig } from '@playwright/test';

// Desktop smoke test: launches the real Electron app (dist-electron/main.cjs + dist/) with Playwright's _electron,
// only when an Electron binary is installed in node_modules/electron/dist; otherwise the spec skips with its reason.
// No web server: the app serves itself from app://airlock/.
export default defineConfig({
  testDir: './test/e2e-electron',
  timeout: 60_000,
  workers: 1,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-electron-results.json' }]],
});
