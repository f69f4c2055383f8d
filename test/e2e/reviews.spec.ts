// The Reviews screen in a real browser against the built app: persistence in IndexedDB across reloads, keyboard-only
// use, delete + undo, and no network traffic beyond the app's own origin.
import { expect, test } from '@playwright/test';
import { ReviewsPage } from './pages/reviews-page';

test.describe('Reviews', () => {
  const requested: string[] = [];

  test.beforeEach(({ page }) => {
    requested.length = 0;
    page.on('request', (req) => requested.push(req.url()));
  });

  test.afterEach(({ baseURL }) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
    // data: and blob: URLs (inlined fonts, downloads) never leave the machine.
    const foreign = requested.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
    expect(foreign, 'requests to anything but the app itself').toEqual([]);
    expect(requested.length).toBeGreaterThan(0);
  });

  test('a created review survives a reload and is really stored in IndexedDB', async ({ page }) => {
    const reviews = new ReviewsPage(page);
    await reviews.goto();
    await expect(page.getByRole('heading', { name: 'Start your first review' })).toBeVisible();
    await reviews.createReview('Acme CRM – Shanghai', 'Acme Inc.', 'Acme CRM');

    await page.reload();
    await expect(reviews.row('Acme CRM – Shanghai')).toBeVisible();
    const stored = await reviews.storedReviews();
    expect(stored).toEqual([expect.objectContaining({ title: 'Acme CRM – Shanghai', vendorName: 'Acme Inc.', productName: 'Acme CRM' })]);
  });

  test('keyboard only: create with Ctrl+N, select, open with Enter', async ({ page }) => {
    const reviews = new ReviewsPage(page);
    await reviews.goto();
    await page.keyboard.press('Control+n');
    const dialog = reviews.dialog();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Title')).toBeFocused();
    await page.keyboard.type('Keyboard review');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Contoso');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(reviews.row('Keyboard review')).toBeVisible();

    // From the search box, Tab reaches the selected row (after the toolbar and the column headers); Enter opens it.
    await page.keyboard.press('Control+f');
    await expect(reviews.search).toBeFocused();
    const row = reviews.row('Keyboard review');
    for (let i = 0; i < 20 && !(await row.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(row).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Keyboard review' })).toBeVisible();
    expect(page.url()).toMatch(/#\/reviews\/[0-9a-f-]{36}$/);
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    const reviews = new ReviewsPage(page);
    await reviews.goto();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('delete asks first, and Undo brings the review back', async ({ page }) => {
    const reviews = new ReviewsPage(page);
    await reviews.goto();
    await reviews.createReview('Temporary');
    await reviews.row('Temporary').click();
    await page.keyboard.press('Delete');
    const confirm = page.getByRole('alertdialog', { name: 'Delete “Temporary”?' });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(reviews.row('Temporary')).toHaveCount(0);
    expect(await reviews.storedReviews()).toEqual([]);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(reviews.row('Temporary')).toBeVisible();
    expect(await reviews.storedReviews()).toEqual([expect.objectContaining({ title: 'Temporary' })]);
  });
});
