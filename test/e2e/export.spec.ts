// Export and import in the browser (web mode, the built app): a reviewer answers a few questions, exports the review
// as Markdown, as the CSV findings register and as a review bundle (real downloads, read back from disk), deletes
// the review, imports the bundle again and finds it back with its answers. Nothing leaves the app's origin.
import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { ReviewsPage } from './pages/reviews-page';
import { WorkspacePage } from './pages/workspace-page';

const ANSWERS: Readonly<Record<string, string | boolean>> = {
  'vendor.hq_jurisdiction': 'US',
  'vendor.china_presence': 'wfoe',
  'vendor.review_status': 'none',
  'vendor.named_in_reported_restriction': 'unknown',
};

async function exportAs(page: Page, format: RegExp): Promise<{ download: Download; text: string }> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Export “/ });
  await expect(dialog.getByRole('heading', { name: 'What the file will contain' })).toBeVisible();
  await dialog.getByRole('radio', { name: format }).click();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  await expect(dialog).toBeHidden();
  const path = await download.path();
  return { download, text: readFileSync(path, 'utf8') };
}

test('export Markdown, CSV and a bundle, delete the review, import the bundle: it is back with its answers', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const requested: string[] = [];
  page.on('request', (req) => requested.push(req.url()));
  await page.setViewportSize({ width: 1440, height: 900 });
  const reviews = new ReviewsPage(page);
  await reviews.goto();
  await reviews.createReview('Export round trip', 'Initech', 'Initech Cloud');
  await reviews.row('Export round trip').dblclick();
  const ws = new WorkspacePage(page);
  await expect(ws.questionnaire).toBeVisible();
  await ws.answerAll(ANSWERS);

  const md = await exportAs(page, /^Markdown/);
  expect(md.download.suggestedFilename()).toMatch(/^Export round trip-\d{4}-\d{2}-\d{2}\.md$/);
  expect(md.text).toContain('Export round trip');
  expect(md.text).toContain('Initech');
  await expect(page.getByText(`Saved “${md.download.suggestedFilename()}”.`, { exact: true })).toBeVisible();

  const csv = await exportAs(page, /^CSV/);
  expect(csv.download.suggestedFilename()).toMatch(/-findings-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.text.slice(0, 8)).toBe('\uFEFF"Rule",');
  // Every finding of the Markdown report starts a row of the register, REVIEW ones included.
  const mdIds = [...new Set([...md.text.matchAll(/^#### ([A-Z]{1,3}-\d{2,3}) — /gm)].map((m) => m[1] ?? ''))].sort();
  expect(mdIds.length).toBeGreaterThan(0);
  const csvIds = [...csv.text.matchAll(/\r\n"([A-Z]{1,3}-\d{2,3})",/g)].map((m) => m[1] ?? '').sort();
  expect(csvIds).toEqual(mdIds);
  expect(md.text).toContain('Items needing answers (REVIEW)');

  const bundle = await exportAs(page, /^Review bundle/);
  expect(bundle.download.suggestedFilename()).toMatch(/-bundle-\d{4}-\d{2}-\d{2}\.json$/);
  const doc = JSON.parse(bundle.text) as { format: string; review: { id: string; profile: Record<string, Record<string, unknown>> } };
  expect(doc.format).toBe('airlock-review-bundle');
  expect(doc.review.profile['vendor']).toMatchObject({ hq_jurisdiction: 'US', china_presence: 'wfoe', review_status: 'none' });
  const bundlePath = await bundle.download.path();

  // Delete it.
  await page.getByRole('link', { name: 'All reviews' }).click();
  await reviews.row('Export round trip').click();
  await page.keyboard.press('Delete');
  await page.getByRole('alertdialog', { name: 'Delete “Export round trip”?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { name: 'Start your first review' })).toBeVisible();
  expect(await reviews.storedReviews()).toEqual([]);

  // Import the bundle: the review opens with its answers.
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import review…' }).click();
  await (await choosing).setFiles(bundlePath);
  await expect(page.getByRole('heading', { level: 1, name: 'Export round trip' })).toBeVisible();
  await expect(page.getByText('Imported “Export round trip”.', { exact: true })).toBeVisible();
  for (const [path, value] of Object.entries(ANSWERS)) {
    await expect(ws.question(path), path).toHaveAttribute('data-state', value === 'unknown' ? 'unknown' : 'answered');
  }
  const stored = await reviews.storedReviews();
  expect(stored).toEqual([expect.objectContaining({ id: doc.review.id, title: 'Export round trip' })]);

  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  const foreign = requested.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
  expect(foreign, 'requests to anything but the app itself').toEqual([]);
});
