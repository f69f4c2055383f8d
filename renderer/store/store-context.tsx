/**
 * React access to the store: `<AppStoreProvider store={…}>`, `useAppStore(selector)` (pass a small selector; use
 * `useShallow` from this module for objects), and `useAppStoreApi()` for imperative `getState()` in handlers.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppStore } from './create-app-store';
import type { AppState } from './types';

export { useShallow } from 'zustand/react/shallow';

const StoreContext = createContext<AppStore | null>(null);

export function AppStoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore() needs an <AppStoreProvider>.');
  return store;
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
