// Screenshots of the Reviews screen (light and dark, a few rows) for docs and visual review. No pixel assertions.
// Written to test-results/screenshots; `SCREENSHOT_DIR=docs/screenshots npx playwright test screenshots` refreshes
// the committed ones.
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { ReviewsPage } from './pages/reviews-page';

const dir = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';

/** Waits for the bundled fonts (CJK subsets load on first use), then saves a screenshot. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: join(dir, name) });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`Reviews screen, ${scheme}`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 1280, height: 760 });
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const reviews = new ReviewsPage(page);
    await reviews.goto();
    await shoot(page, `reviews-empty-${scheme}.png`);
    await reviews.createReview('Acme CRM – Shanghai subsidiary rollout', 'Acme Inc.', 'Acme CRM 12');
    await reviews.createReview('Northwind ERP – Suzhou plant', 'Northwind Traders', 'Northwind ERP Cloud');
    await reviews.createReview('Contoso Mail for China staff', 'Contoso Ltd', 'Contoso Mail');
    await reviews.createReview('Fabrikam HR 数据本地化', 'Fabrikam', 'Fabrikam People');
    await reviews.row('Northwind ERP – Suzhou plant').click();
    await expect(page.getByRole('button', { name: 'Rename' })).toBeEnabled();
    await page.mouse.move(0, 0);
    await shoot(page, `reviews-${scheme}.png`);
    await reviews.row('Contoso Mail for China staff').dblclick();
    await expect(page.getByRole('heading', { level: 1, name: 'Contoso Mail for China staff' })).toBeVisible();
    await shoot(page, `review-page-${scheme}.png`);
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByText('Running as')).toBeVisible();
    await shoot(page, `settings-${scheme}.png`);
  });
}
