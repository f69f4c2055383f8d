/**
 * Wires the app: database, repositories, store and i18n. main.tsx and the component tests both start the app
 * through here, so tests exercise the real wiring (with their own database name).
 */
import type { i18n } from 'i18next';
import { AppDb } from '../db/app-db';
import { createReviewsRepo } from '../db/reviews-repo';
import { createSettingsRepo } from '../db/settings-repo';
import { createI18n } from '../i18n/create-i18n';
import { detectLanguage } from '../i18n/languages';
import type { Platform } from '../platform/platform';
import { createAppStore, type AppStore } from '../store/create-app-store';

export interface AppServices {
  readonly db: AppDb;
  readonly store: AppStore;
  readonly i18n: i18n;
  readonly platform: Platform;
}

export interface ServiceOptions {
  readonly platform: Platform;
  readonly dbName?: string;
  readonly systemLanguages: readonly string[];
  readonly now?: () => string;
  readonly newId?: () => string;
}

export async function createAppServices(opts: ServiceOptions): Promise<AppServices> {
  const db = new AppDb(opts.dbName);
  const store = createAppStore({
    reviewsRepo: createReviewsRepo(db),
    settingsRepo: createSettingsRepo(db),
    platform: opts.platform,
    now: opts.now ?? (() => new Date().toISOString()),
    newId: opts.newId ?? (() => crypto.randomUUID()),
  });
  await store.getState().loadSettings();
  const i18n = createI18n(store.getState().settings.language ?? detectLanguage(opts.systemLanguages));
  void store.getState().loadReviews();
  return { db, store, i18n, platform: opts.platform };
}
