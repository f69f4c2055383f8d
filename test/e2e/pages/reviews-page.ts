// Page object for the Reviews screen and the app shell: what a user sees and does, in user terms.
import { expect, type Locator, type Page } from '@playwright/test';

export interface StoredReview {
  readonly id: string;
  readonly title: string;
  readonly vendorName: string;
  readonly productName: string;
}

export class ReviewsPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly search: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Reviews' });
    this.table = page.getByRole('table', { name: 'Reviews' });
    this.search = page.getByRole('searchbox', { name: 'Search title, vendor or product' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/#/reviews');
    await expect(this.heading).toBeVisible();
  }

  newReviewButton(): Locator {
    return this.page.getByRole('button', { name: 'New review' }).first();
  }

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'New review' });
  }

  async createReview(title: string, vendorName = '', productName = ''): Promise<void> {
    await this.newReviewButton().click();
    const dialog = this.dialog();
    await dialog.getByLabel('Title').fill(title);
    if (vendorName) await dialog.getByLabel('Vendor').fill(vendorName);
    if (productName) await dialog.getByLabel('Product').fill(productName);
    await dialog.getByRole('button', { name: 'Create review' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.row(title)).toBeVisible();
  }

  row(title: string): Locator {
    return this.table.getByRole('row').filter({ hasText: title });
  }

  async rowTitles(): Promise<string[]> {
    return this.table.locator('tbody .review-title-cell__text').allTextContents();
  }

  /** Reads the reviews straight from IndexedDB (not through the app), to prove they are really stored. */
  async storedReviews(): Promise<StoredReview[]> {
    return this.page.evaluate(
      () =>
        new Promise<StoredReview[]>((resolve, reject) => {
          const open = indexedDB.open('airlock');
          open.onerror = () => reject(new Error(String(open.error)));
          open.onsuccess = () => {
            const req = open.result.transaction('reviews', 'readonly').objectStore('reviews').getAll();
            req.onsuccess = () => {
              resolve(req.result as StoredReview[]);
              open.result.close();
            };
            req.onerror = () => reject(new Error(String(req.error)));
          };
        }),
    );
  }
}
