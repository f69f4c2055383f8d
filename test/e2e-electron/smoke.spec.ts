// Desktop smoke test with the real Electron binary: the window opens on app://airlock/, the bridge is there, Node is
// not visible to the page, and the network is blocked. Skips (with the reason in the output) when no binary is installed.
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findElectronBinary } from './electron-binary';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const binary = findElectronBinary(repoRoot);
const SKIP_REASON =
  'No Electron binary in node_modules/electron/dist (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1): skipping the desktop smoke test';
// The list reporter does not print skip reasons, so say it once where CI logs will show it.
if (binary === null) console.log(SKIP_REASON);

test.describe('desktop app (Electron)', () => {
  test.skip(binary === null, SKIP_REASON);

  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    for (const built of ['dist-electron/main.cjs', 'dist-electron/preload.cjs', 'dist/index.html']) {
      if (!existsSync(path.join(repoRoot, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
    }
    app = await electron.launch({
      executablePath: binary ?? undefined,
      args: [repoRoot],
      cwd: repoRoot,
      env: { ...process.env, ELECTRON_ENABLE_SECURITY_WARNINGS: 'true' },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('opens one window on app://airlock/', () => {
    expect(page.url()).toMatch(/^app:\/\/airlock\//);
    expect(app.windows()).toHaveLength(1);
  });

  test('exposes exactly the bridge methods', async () => {
    const methods = await page.evaluate(() => Object.keys((window as unknown as Record<string, object>).airlock ?? {}).sort());
    expect(methods).toEqual(['copyText', 'getAppInfo', 'openFile', 'renderPdf', 'saveFile']);
    const info = await page.evaluate(() => (window as unknown as { airlock: { getAppInfo(): Promise<{ host: string }> } }).airlock.getAppInfo());
    expect(info.host).toBe('desktop');
  });

  test('keeps Node out of the page', async () => {
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as Record<string, unknown>).require,
      process: typeof (globalThis as Record<string, unknown>).process,
      module: typeof (globalThis as Record<string, unknown>).module,
      Buffer: typeof (globalThis as Record<string, unknown>).Buffer,
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', Buffer: 'undefined' });
  });

  test('blocks the network', async () => {
    const outcome = await page.evaluate(async () => {
      try {
        await fetch('http://example.com/', { mode: 'no-cors' });
        return 'fetched';
      } catch {
        return 'blocked';
      }
    });
    expect(outcome).toBe('blocked');
  });
});
