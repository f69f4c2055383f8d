/**
 * Builds the app store from its slices and dependencies. There is no module-level store: main.tsx builds one, each
 * test builds its own. Components read it with `useAppStore(selector)` (store-context.tsx).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createReviewsSlice } from './reviews-slice';
import { createSettingsSlice } from './settings-slice';
import type { AppState, StoreDeps } from './types';
import { createUiSlice } from './ui-slice';

export type AppStore = StoreApi<AppState>;

export function createAppStore(deps: StoreDeps): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createUiSlice(deps.newId)(...a),
    ...createSettingsSlice(deps)(...a),
    ...createReviewsSlice(deps)(...a),
  }));
}
