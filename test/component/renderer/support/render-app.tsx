// Starts the whole renderer app the way main.tsx does (real Dexie on fake-indexeddb, real store and i18n), with a
// fake platform and a database of its own, and returns Testing Library handles plus a page-level helper.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../../renderer/app/App';
import { AppProviders } from '../../../../renderer/app/AppProviders';
import { createAppServices, type AppServices } from '../../../../renderer/app/create-services';
import type { Platform } from '../../../../renderer/platform/platform';

export const fakePlatform: Platform = {
  kind: 'web',
  appInfo: () =>
    Promise.resolve({
      name: 'Airlock',
      version: '9.9.9',
      host: 'web',
      platform: 'test',
      electronVersion: null,
      chromeVersion: '156.0.0.0',
      dataLocation: 'The test database',
    }),
  saveFile: () => Promise.resolve({ status: 'cancelled' }),
  openFile: () => Promise.resolve({ status: 'cancelled' }),
  renderPdf: () => Promise.resolve({ status: 'error', message: 'No PDF printer in tests.' }),
  copyText: () => Promise.resolve({ status: 'error', message: 'No clipboard in tests.' }),
};

export interface RenderAppOptions {
  readonly reviewerName?: string;
  readonly systemLanguages?: readonly string[];
  /** Reviews created through the repository before the UI renders. */
  readonly seed?: readonly { title: string; vendorName?: string; productName?: string }[];
}

export async function renderApp(opts: RenderAppOptions = {}) {
  let clock = Date.parse('2026-01-05T09:00:00.000Z');
  const services: AppServices = await createAppServices({
    platform: fakePlatform,
    dbName: `test-${crypto.randomUUID()}`,
    systemLanguages: opts.systemLanguages ?? ['en-GB'],
    // A clock that moves one minute per change, so "updated" sorting is deterministic.
    now: () => new Date((clock += 60_000)).toISOString(),
  });
  if (opts.reviewerName !== undefined) await services.store.getState().updateSetting('reviewerName', opts.reviewerName);
  for (const s of opts.seed ?? []) {
    await services.store.getState().createReview({ title: s.title, vendorName: s.vendorName ?? '', productName: s.productName ?? '' });
  }
  await services.store.getState().loadReviews();
  const user = userEvent.setup();
  const utils = render(
    <AppProviders services={services}>
      <App />
    </AppProviders>,
  );
  await screen.findByRole('heading', { level: 1 });
  return { ...utils, user, services, db: services.db };
}

/** Titles of the rows in the reviews table, top to bottom. */
export function rowTitles(): string[] {
  const table = screen.getByRole('table', { name: 'Reviews' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.querySelector('.review-title-cell__text')?.textContent ?? '');
}

export function rowByTitle(title: string): HTMLElement {
  const table = screen.getByRole('table', { name: 'Reviews' });
  const row = within(table)
    .getAllByRole('row')
    .find((r) => r.querySelector('.review-title-cell__text')?.textContent === title);
  if (!row) throw new Error(`No row titled "${title}". Rows: ${rowTitles().join(', ')}`);
  return row;
}
