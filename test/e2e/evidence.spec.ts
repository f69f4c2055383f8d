// Evidence in the browser (web mode, the built app): a reviewer attaches a file to a review through the browser's file
// chooser, sees its name, size and SHA-256 (short in the list, in full in the tooltip, to screen readers and through
// Copy), adds a note and links a finding, exports the HTML report and finds the file with its SHA-256 in the evidence
// appendix, exports a review bundle with the file, deletes the review and imports the bundle: the evidence is back
// with the same hash and the same bytes. A bundle whose file was altered is refused, naming the item, and changes
// nothing. axe finds no serious violation on the Evidence tab.
import AxeBuilder from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { EvidencePanel, type ChosenFile } from './pages/evidence-panel';
import { ReviewsPage } from './pages/reviews-page';
import { WorkspacePage } from './pages/workspace-page';

const ANSWERS: Readonly<Record<string, string | boolean>> = {
  'vendor.hq_jurisdiction': 'US',
  'vendor.china_presence': 'wfoe',
  'vendor.review_status': 'none',
  'vendor.named_in_reported_restriction': 'unknown',
};

const FILE: ChosenFile = {
  name: 'pen-test-summary.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n% Airlock e2e evidence: penetration test summary, Initech Cloud, January 2026\n%%EOF\n', 'utf8'),
};
const SHA256 = createHash('sha256').update(FILE.buffer).digest('hex');
const NOTE = 'Summary shared by the vendor under NDA on 15 January.';

interface BundleDoc {
  format: string;
  review: { id: string; title: string };
  evidence: { id: string; name: string; size: number; sha256: string; note?: string; contentBase64?: string }[];
}

/** Exports through the Export dialog in one format (a real download, read back from disk). */
async function exportAs(page: Page, format: RegExp, includeEvidenceFiles?: boolean): Promise<{ download: Download; path: string; text: string }> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Export “/ });
  await expect(dialog.getByRole('heading', { name: 'What the file will contain' })).toBeVisible();
  await dialog.getByRole('radio', { name: format }).click();
  if (includeEvidenceFiles !== undefined) {
    const box = dialog.getByRole('checkbox', { name: 'Include the evidence file (1)' });
    await box.setChecked(includeEvidenceFiles);
    await expect(dialog.getByText('1 evidence item', { exact: true })).toBeVisible();
  }
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  await expect(dialog).toBeHidden();
  const path = await download.path();
  return { download, path, text: readFileSync(path, 'utf8') };
}

/** Imports a bundle file through "Import review…" and the browser's file chooser. */
async function importBundle(page: Page, path: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import review…' }).first().click();
  await (await choosing).setFiles(path);
}

/** The same bundle with one base64 character of the evidence file changed: same size, different bytes. */
function tampered(doc: BundleDoc): BundleDoc {
  const [first, ...rest] = doc.evidence;
  const b64 = first?.contentBase64;
  if (!first || !b64) throw new Error('the bundle carries no evidence file');
  const altered = (b64[0] === 'A' ? 'B' : 'A') + b64.slice(1);
  expect(Buffer.from(altered, 'base64')).toHaveLength(first.size);
  return { ...doc, evidence: [{ ...first, contentBase64: altered }, ...rest] };
}

/**
 * Waits for the error toast of a refused import, checks it names the item (by name, and by id when known: a copy gets
 * new ids) and its recorded SHA-256, and dismisses it with a click (regression: the unbroken SHA-256 values pushed
 * the Dismiss button past the window's edge).
 */
async function expectRefused(page: Page, evidenceId?: string): Promise<void> {
  const id = evidenceId ?? '[0-9a-f-]{36}';
  const toast = page
    .getByRole('region', { name: /^Notifications/ })
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`Nothing was imported: Evidence "${FILE.name.replace(/\./g, '\\.')}" \\(${id}\\) does not match its SHA-256`) });
  await expect(toast).toBeVisible();
  await expect(toast).toContainText(`the file says ${SHA256}`);
  const dismiss = toast.getByRole('button', { name: 'Dismiss' });
  const box = await dismiss.boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport && box.x + box.width <= viewport.width).toBe(true);
  await dismiss.click();
  await expect(toast).toBeHidden();
}

test('attach evidence, see its SHA-256, note it, find it in the HTML report, and carry it through a bundle round trip', async ({ page, context, baseURL }, testInfo) => {
  test.setTimeout(240_000);
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.setViewportSize({ width: 1440, height: 900 });
  const reviews = new ReviewsPage(page);
  await reviews.goto();
  await reviews.createReview('Evidence round trip', 'Initech', 'Initech Cloud');
  await reviews.row('Evidence round trip').dblclick();
  const ws = new WorkspacePage(page);
  await expect(ws.questionnaire).toBeVisible();
  await ws.answerAll(ANSWERS);

  // The Evidence tab: empty at first, then the attached file with its short SHA-256.
  const evidence = new EvidencePanel(page);
  await expect(evidence.tab).toHaveAccessibleName('Evidence');
  await evidence.open();
  await expect(evidence.panel.getByRole('heading', { name: 'No evidence attached yet' })).toBeVisible();
  await evidence.attach(FILE);
  await expect(evidence.tab).toHaveAccessibleName('Evidence (1)');
  const item = evidence.item(FILE.name);
  await expect(item).toContainText(`${FILE.buffer.byteLength} bytes`);
  await expect(item).toContainText(`${SHA256.slice(0, 12)}…`);
  // The full SHA-256: read out to screen readers, in the tooltip of the short one (keyboard focus), and through Copy.
  await expect(item).toContainText(SHA256);
  await item.getByRole('button', { name: `Remove ${FILE.name}` }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tooltip').filter({ hasText: SHA256 })).toHaveText(SHA256);
  await page.keyboard.press('Escape');
  await item.getByRole('button', { name: `Copy the SHA-256 of ${FILE.name}` }).click();
  await expect(page.getByText('SHA-256 copied.', { exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(SHA256);

  // A note, and the first finding it supports.
  const ruleId = await evidence.editNote(FILE.name, NOTE, true);
  expect(ruleId).not.toBeNull();
  await expect(item).toContainText(NOTE);
  await expect(item).toContainText(new RegExp(`Supports\\s*${ruleId ?? '-'}`));
  expect(await evidence.stored()).toEqual([expect.objectContaining({ name: FILE.name, size: FILE.buffer.byteLength, sha256: SHA256, note: NOTE, contentSha256: SHA256 })]);

  // The HTML report's evidence appendix lists the file with its SHA-256, the finding and the note.
  const html = await exportAs(page, /^HTML page/);
  expect(html.download.suggestedFilename()).toMatch(/^Evidence round trip-\d{4}-\d{2}-\d{2}\.html$/);
  const report = await context.newPage();
  await report.setContent(html.text);
  await expect(report.getByRole('heading', { name: /Evidence appendix$/ })).toBeVisible();
  const appendix = report.getByRole('table').filter({ has: report.getByRole('columnheader', { name: 'SHA-256' }) });
  const row = appendix.getByRole('row').filter({ hasText: SHA256 });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(FILE.name);
  await expect(row).toContainText(String(FILE.buffer.byteLength));
  await expect(row).toContainText(ruleId ?? '');
  await expect(row).toContainText(NOTE);
  await report.close();

  // A review bundle with the evidence file.
  const bundle = await exportAs(page, /^Review bundle/, true);
  const doc = JSON.parse(bundle.text) as BundleDoc;
  expect(doc.format).toBe('airlock-review-bundle');
  expect(doc.evidence).toEqual([expect.objectContaining({ name: FILE.name, size: FILE.buffer.byteLength, sha256: SHA256, note: NOTE, contentBase64: FILE.buffer.toString('base64') })]);
  const evidenceId = doc.evidence[0]?.id ?? '';
  const tamperedPath = testInfo.outputPath('tampered-bundle.json');
  writeFileSync(tamperedPath, JSON.stringify(tampered(doc)));

  // Delete the review.
  await page.getByRole('link', { name: 'All reviews' }).click();
  await reviews.row('Evidence round trip').click();
  await page.keyboard.press('Delete');
  await page.getByRole('alertdialog', { name: 'Delete “Evidence round trip”?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { name: 'Start your first review' })).toBeVisible();
  expect(await reviews.storedReviews()).toEqual([]);
  expect(await evidence.stored()).toEqual([]);

  // The altered bundle is refused, naming the item; nothing is written.
  const emptyCounts = await evidence.storeCounts();
  await importBundle(page, tamperedPath);
  await expectRefused(page, evidenceId);
  await expect(page.getByRole('heading', { name: 'Start your first review' })).toBeVisible();
  expect(await evidence.storeCounts()).toEqual(emptyCounts);

  // The genuine bundle: the review opens, its evidence is back with the same SHA-256, note and bytes.
  await importBundle(page, bundle.path);
  await expect(page.getByRole('heading', { level: 1, name: 'Evidence round trip' })).toBeVisible();
  await expect(page.getByText('Imported “Evidence round trip”.', { exact: true })).toBeVisible();
  await expect(evidence.tab).toHaveAccessibleName('Evidence (1)');
  await evidence.open();
  const back = evidence.item(FILE.name);
  await expect(back).toContainText(`${SHA256.slice(0, 12)}…`);
  await expect(back).toContainText(SHA256);
  await expect(back).toContainText(NOTE);
  await expect(back).not.toContainText('File not included');
  expect(await evidence.stored()).toEqual([expect.objectContaining({ id: evidenceId, name: FILE.name, sha256: SHA256, contentSha256: SHA256, reviewId: doc.review.id })]);

  // The altered bundle again, now over the existing review as a copy: refused, the list and the database unchanged.
  await page.getByRole('link', { name: 'All reviews' }).click();
  await expect(reviews.row('Evidence round trip')).toBeVisible();
  const before = await evidence.storeCounts();
  await importBundle(page, tamperedPath);
  const conflict = page.getByRole('dialog', { name: 'This review is already here' });
  await conflict.getByRole('button', { name: 'Import as a copy' }).click();
  await expectRefused(page);
  expect(await reviews.rowTitles()).toEqual(['Evidence round trip']);
  expect(await reviews.storedReviews()).toEqual([expect.objectContaining({ id: doc.review.id, title: 'Evidence round trip' })]);
  expect(await evidence.storeCounts()).toEqual(before);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: the Evidence tab with one item and its edit dialog (${scheme} theme)`, async ({ page }) => {
    // axe takes tens of seconds on a busy 2-core machine.
    test.slow();
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1440, height: 900 });
    const reviews = new ReviewsPage(page);
    await reviews.goto();
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await reviews.createReview('Evidence a11y', 'Initech', 'Initech Cloud');
    await reviews.row('Evidence a11y').dblclick();
    const evidence = new EvidencePanel(page);
    await evidence.open();
    await evidence.attach(FILE);
    await expect(evidence.item(FILE.name)).toContainText(`${SHA256.slice(0, 12)}…`);
    await expectNoSeriousViolations(page, `Evidence tab (${scheme})`);

    await evidence.item(FILE.name).getByRole('button', { name: `Edit the note and findings of ${FILE.name}` }).click();
    await expect(page.getByRole('dialog', { name: `Edit “${FILE.name}”` })).toBeVisible();
    await expectNoSeriousViolations(page, `evidence edit dialog (${scheme})`);
  });
}

/** As in a11y.spec.ts: WCAG 2.0 A/AA and 2.1 AA, no serious or critical violation. */
async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe on ${where}`).toEqual([]);
}
