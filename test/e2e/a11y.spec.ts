// Accessibility: axe (WCAG 2.0 A/AA and 2.1 AA) finds no serious or critical violation on the main screens, in the
// light and the dark theme.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ReviewsPage } from './pages/reviews-page';

async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe on ${where}`).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      // axe over a full screen takes tens of seconds on a busy 2-core machine.
      test.slow();
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    });

    test('Reviews screen, empty and with rows', async ({ page }) => {
      const reviews = new ReviewsPage(page);
      await reviews.goto();
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expect(page.getByRole('heading', { name: 'Start your first review' })).toBeVisible();
      await expectNoSeriousViolations(page, `empty Reviews (${scheme})`);

      await reviews.createReview('Acme CRM – Shanghai', 'Acme Inc.', 'Acme CRM');
      await reviews.createReview('Northwind ERP pilot', 'Northwind', 'ERP');
      await reviews.row('Acme CRM – Shanghai').click();
      await page.getByRole('button', { name: 'Archive' }).click();
      await page.getByRole('checkbox', { name: 'Show archived' }).click();
      await expect(reviews.row('Acme CRM – Shanghai')).toBeVisible();
      await expectNoSeriousViolations(page, `Reviews with rows (${scheme})`);

      await reviews.search.fill('no such thing');
      await expect(page.getByRole('heading', { name: /No reviews match/ })).toBeVisible();
      await expectNoSeriousViolations(page, `Reviews, no results (${scheme})`);
    });

    test('Settings screen and a review page', async ({ page }) => {
      const reviews = new ReviewsPage(page);
      await reviews.goto();
      await reviews.createReview('Contoso Mail', 'Contoso', 'Mail');
      await reviews.row('Contoso Mail').dblclick();
      await expect(page.getByRole('heading', { level: 1, name: 'Contoso Mail' })).toBeVisible();
      await expectNoSeriousViolations(page, `review page (${scheme})`);

      await page.getByRole('link', { name: 'Settings' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      await expect(page.getByText('Running as')).toBeVisible();
      await expectNoSeriousViolations(page, `Settings (${scheme})`);

      await page.getByRole('link', { name: 'Catalogue' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Catalogue' })).toBeVisible();
      await expectNoSeriousViolations(page, `Catalogue (${scheme})`);
    });
  });
}

test('the new-review dialog and the delete confirmation', async ({ page }) => {
  test.slow();
  const reviews = new ReviewsPage(page);
  await reviews.goto();
  await reviews.newReviewButton().click();
  await expect(reviews.dialog()).toBeVisible();
  await expectNoSeriousViolations(page, 'new-review dialog');
  await reviews.dialog().getByLabel('Title').fill('To delete');
  await page.keyboard.press('Enter');
  await reviews.row('To delete').click();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expectNoSeriousViolations(page, 'delete confirmation');
});
