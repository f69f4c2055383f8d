/**
 * UI latency suite: answer → findings in the real renderer. Serves the built renderer (`vite preview`; builds it
 * first when dist/ is missing), opens a review holding the AC-01 profile in Chromium, and changes one answer
 * (network connected: Yes ↔ No, through the questionnaire's radio buttons) N times, reading the
 * `answer-to-findings` measures the workspace records (from the change until the results have rendered, including
 * the save to IndexedDB). Two pages run interleaved: the review alone in an empty database (the baseline), and the
 * same review among 1,000 seeded reviews with 20 audit entries each. Reports median and p95 per case against the
 * target p95 < 100 ms. Informational: it never fails the run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { median, targetLine, type BenchSuite } from '../harness';

const PORT = 4191;
const URL_BASE = `http://127.0.0.1:${PORT}`;
const REVIEWS = Number(process.env['BENCH_UI_REVIEWS'] ?? 1_000);
const CHANGES = Number(process.env['BENCH_UI_CHANGES'] ?? 40);
const WARMUP = 4;
const TARGET_ID = 'bench-target';

function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] ?? Number.NaN;
}

async function serve(): Promise<ChildProcess> {
  if (!existsSync('dist/index.html')) {
    await new Promise<void>((resolve, reject) => spawn('npx', ['vite', 'build'], { stdio: 'ignore' }).on('exit', (c) => (c === 0 ? resolve() : reject(new Error(`vite build exited ${c}`)))));
  }
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(URL_BASE)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('vite preview did not start');
}

/** Writes `count` reviews (plus the target) straight into the app's IndexedDB, after the app has created it. */
async function seed(page: Page, profile: unknown, count: number): Promise<void> {
  await page.goto(`${URL_BASE}/#/reviews`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.evaluate(
    async ({ profile, count, targetId }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('airlock');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(new Error(String(req.error)));
      });
      // No named function expressions in here: tsx would wrap them in a helper the page does not have.
      const now = new Date().toISOString();
      const tx = db.transaction(['reviews', 'audit'], 'readwrite');
      const ids = [targetId, ...Array.from({ length: count }, (_, i) => `seed-${i}`)];
      for (const id of ids) {
        const title = id === targetId ? 'Bench target' : `Seeded review ${id}`;
        tx.objectStore('reviews').put({ id, createdAt: now, updatedAt: now, archivedAt: null, title, vendorName: 'Vendor', productName: 'Product', profile, decisions: {}, catalogueVersion: null, revision: 20 });
        for (let r = 1; r <= 20; r++) {
          const change = { type: 'set-answer', field: 'vendor.hq_jurisdiction', value: 'US' };
          tx.objectStore('audit').put({ id: `${id}-a${r}`, reviewId: id, at: now, actor: 'Bench', revision: r, action: change.type, change });
        }
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(new Error(String(tx.error)));
      });
      db.close();
    },
    { profile, count, targetId: TARGET_ID },
  );
  await page.goto(`${URL_BASE}/#/reviews/${TARGET_ID}`);
  await page.reload();
  await page.locator('[data-question="product.network_connected"]').waitFor();
  await page.waitForTimeout(500);
}

/** Flips one answer and waits for its measure; returns the measure's duration in ms. */
async function change(page: Page, yes: boolean): Promise<number> {
  const before = await page.evaluate(() => performance.getEntriesByName('answer-to-findings').length);
  await page.locator('[data-question="product.network_connected"]').getByRole('radio', { name: yes ? 'Yes' : 'No', exact: true }).click();
  await page.waitForFunction((n) => performance.getEntriesByName('answer-to-findings').length > n, before);
  return page.evaluate(() => performance.getEntriesByName('answer-to-findings').at(-1)?.duration ?? Number.NaN);
}

/**
 * Per-stage breakdown of the latest change, from the `answer-stage:*` marks the workspace sets: `render` when the
 * saved review starts rendering (so change → render is the click, the IndexedDB write and the store update),
 * `assessed` after validate + assess, then the rest of the render and the commit until the measure ends.
 */
async function stages(page: Page): Promise<Record<string, number>> {
  // No named function expressions in here (see seed).
  return page.evaluate((): Record<string, number> => {
    const m = performance.getEntriesByName('answer-to-findings').at(-1);
    if (!m) return {};
    const [render, assessed] = ['render', 'assessed'].map((n) => performance.getEntriesByName(`answer-stage:${n}`).find((e) => e.startTime >= m.startTime)?.startTime ?? Number.NaN);
    return { 'change→render': render! - m.startTime, 'validate+assess': assessed! - render!, 'render rest+commit': m.startTime + m.duration - assessed! };
  });
}

export const uiLatencySuite: BenchSuite = {
  name: 'ui-latency',
  description: `answer → findings in the built renderer, AC-01 review alone vs among ${REVIEWS.toLocaleString('en-US')} reviews (${CHANGES} changes each)`,
  run: async ({ log }) => {
    const profile = parse(readFileSync('test/fixtures/profiles/ac-01.yaml', 'utf8')) as unknown;
    const server = await serve();
    let browser: Browser | null = null;
    try {
      browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
      const pages = { baseline: await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage(), loaded: await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage() };
      await seed(pages.baseline, profile, 0);
      await seed(pages.loaded, profile, REVIEWS);
      const samples: Record<keyof typeof pages, number[]> = { baseline: [], loaded: [] };
      const stageSamples: Record<string, number[]> = {};
      for (let i = 0; i < WARMUP + CHANGES; i++) {
        const order: (keyof typeof pages)[] = i % 2 === 0 ? ['baseline', 'loaded'] : ['loaded', 'baseline'];
        for (const name of order) {
          const ms = await change(pages[name], i % 2 === 1);
          if (i >= WARMUP) samples[name].push(ms);
          if (i >= WARMUP && name === 'loaded') for (const [k, v] of Object.entries(await stages(pages[name]))) (stageSamples[k] ??= []).push(v);
        }
      }
      for (const name of ['baseline', 'loaded'] as const) {
        const s = samples[name];
        log(`${name.padEnd(9)} (${name === 'baseline' ? 'empty database' : `${REVIEWS} reviews`}): median ${median(s).toFixed(1)} ms, p95 ${p95(s).toFixed(1)} ms, max ${Math.max(...s).toFixed(1)} ms over ${s.length} changes`);
      }
      log(`loaded stages (median / p95): ${Object.entries(stageSamples).map(([k, v]) => `${k} ${median(v).toFixed(1)} / ${p95(v).toFixed(1)} ms`).join(', ')}`);
      log(`loaded / baseline median: ${(median(samples.loaded) / median(samples.baseline)).toFixed(2)}×`);
      log(targetLine(`answer-to-findings p95 with ${REVIEWS} reviews`, p95(samples.loaded), '<=', 100, ' ms'));
    } finally {
      await browser?.close();
      if (server.pid !== undefined) process.kill(-server.pid);
    }
  },
};
