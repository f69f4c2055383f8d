// The catalogue browser in the built renderer: find a historical instrument by number and see it is not current law,
// deep links to rules survive a reload, and axe finds no serious or critical violation (light and dark). Also writes
// a screenshot of the rules tab with a rule open (SCREENSHOT_DIR=docs/screenshots to refresh the committed one).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';

const screenshotDir = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';

async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe on ${where}`).toEqual([]);
}

/** Waits until the theme is applied and the page's text has taken its colours (axe must not see a half-switched page). */
async function waitForTheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
  await page.waitForFunction(() => {
    const h1 = document.querySelector('h1');
    if (!h1) return false;
    const probe = document.createElement('span');
    probe.style.color = 'var(--color-text)';
    document.body.append(probe);
    const expected = getComputedStyle(probe).color;
    probe.remove();
    return getComputedStyle(h1).color === expected;
  });
}

test('finds MPS Order No. 151 by number and shows it is historical, replaced by Order No. 176', async ({ page }) => {
  await page.goto('/#/reviews');
  await expect(page.getByRole('heading', { level: 1, name: 'Reviews' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Catalogue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Catalogue' })).toBeVisible();
  await page.getByRole('tab', { name: /Laws & standards/ }).click();
  await page.getByRole('searchbox', { name: 'Search name, short name or number' }).fill('151');
  const row = page.getByRole('table', { name: 'Laws and standards' }).getByRole('row').filter({ hasText: 'MPS Order No. 151' });
  await expect(row).toContainText('Historical');
  await row.click();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 2, name: /Internet Security Supervision and Inspection/ });
  await expect(heading).toBeFocused();
  const note = page.getByRole('note');
  await expect(note).toContainText('Historical: shown for context, not current law.');
  await expect(note).toContainText('Replaced by MPS Order No. 176');
  await note.getByRole('link', { name: 'MPS Order No. 176' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Cyberspace Security Supervision/ })).toBeFocused();
  await expect(page).toHaveURL(/#\/catalogue\/instruments\/MPS-ORDER-176$/);
});

test('a deep link to a rule opens it, and it is still open after a reload', async ({ page }) => {
  await page.goto('/#/catalogue/rules/CT-02');
  const heading = page.getByRole('heading', { level: 2, name: /^CT-02 · / });
  await expect(heading).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('row', { selected: true })).toContainText('CT-02');
  await page.reload();
  await expect(heading).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Art. 21', { exact: false }).first()).toBeVisible();
  await expect(page).toHaveURL(/#\/catalogue\/rules\/CT-02$/);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`catalogue screen has no serious axe violation (${scheme})`, async ({ page }) => {
    test.setTimeout(240_000); // three full-page axe runs over long tables
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto('/#/catalogue/rules/SC-01');
    await expect(page.getByRole('heading', { level: 2, name: /^SC-01 · / })).toBeVisible({ timeout: 30_000 });
    await waitForTheme(page, scheme);
    await expectNoSeriousViolations(page, `catalogue rules (${scheme})`);
    await page.mouse.move(0, 0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: join(screenshotDir, `catalogue-rules-${scheme}.png`) });

    await page.goto('/#/catalogue/instruments/MPS-ORDER-151');
    await expect(page.getByRole('note')).toBeVisible();
    await expectNoSeriousViolations(page, `catalogue instrument (${scheme})`);

    await page.goto('/#/catalogue/mitigations/M-CLEANROOM');
    await expect(page.getByRole('heading', { level: 2, name: /^M-CLEANROOM/ })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search code, title or text' }).fill('no such mitigation');
    await expect(page.getByRole('heading', { name: 'Nothing matches' })).toBeVisible();
    await expectNoSeriousViolations(page, `catalogue mitigations, no matches (${scheme})`);
  });
}
