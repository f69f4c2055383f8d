/** The store's shape and dependencies. Slices are `StateCreator<AppState, [], [], XSlice>`. */
import type { StateCreator } from 'zustand';
import type { ReviewsRepo } from '../db/reviews-repo';
import type { SettingsRepo } from '../db/settings-repo';
import type { Platform } from '../platform/platform';
import type { ReviewsSlice } from './reviews-slice';
import type { SettingsSlice } from './settings-slice';
import type { UiSlice } from './ui-slice';

export interface StoreDeps {
  readonly reviewsRepo: ReviewsRepo;
  readonly settingsRepo: SettingsRepo;
  readonly platform: Platform;
  /** ISO time. */
  readonly now: () => string;
  readonly newId: () => string;
}

export type AppState = ReviewsSlice & UiSlice & SettingsSlice;

export type SliceCreator<S> = StateCreator<AppState, [], [], S>;
