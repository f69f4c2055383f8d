// Screenshots of the review workspace in light and dark (`SCREENSHOT_DIR=docs/screenshots` refreshes the committed
// ones): a review holding the
// AC-01 answers, seeded straight into IndexedDB, shown side by side with its results; plus the narrow (tabbed) layout.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';

const dir = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';
const profile = parse(readFileSync(join(process.cwd(), 'test/fixtures/profiles/ac-01.yaml'), 'utf8')) as unknown;

async function seedReview(page: Page): Promise<void> {
  await page.goto('/#/reviews');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(async (p) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('airlock');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(new Error(String(req.error)));
    });
    const now = new Date('2026-03-02T10:00:00Z').toISOString();
    const tx = db.transaction(['reviews'], 'readwrite');
    tx.objectStore('reviews').put({
      id: 'shot', createdAt: now, updatedAt: now, archivedAt: null, title: 'AC-01 bank boundary firewall', vendorName: 'Example Networks Inc.',
      productName: 'NGFW 7000', profile: p, decisions: {}, catalogueVersion: null, revision: 40,
    });
    await new Promise<void>((resolve) => {
      tx.oncomplete = () => resolve();
    });
    db.close();
  }, profile);
  await page.goto('/#/reviews/shot');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Questionnaire' })).toBeVisible();
}

for (const scheme of ['light', 'dark'] as const) {
  test(`workspace screenshots (${scheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1440, height: 900 });
    await seedReview(page);
    await expect(page.getByRole('region', { name: 'Results' })).toContainText('Level 4');
    await page.getByRole('group', { name: /What kind of product is it/ }).getByRole('button', { name: 'Help and what it affects' }).click();
    await page.screenshot({ path: join(dir, `workspace-${scheme}.png`) });
    await page.setViewportSize({ width: 900, height: 900 });
    await expect(page.getByRole('tab', { name: 'Questionnaire' })).toBeVisible();
    await page.screenshot({ path: join(dir, `workspace-narrow-${scheme}.png`) });
  });
}
