/** Keeps the store's route and `location.hash` in step, both ways (back/forward buttons and links work). */
import { useEffect } from 'react';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { parseHash, routeToHash } from './routes';

export function useHashRoute(win: Window): void {
  const store = useAppStoreApi();
  const route = useAppStore((s) => s.route);

  useEffect(() => {
    const sync = () => {
      const next = parseHash(win.location.hash);
      if (routeToHash(next) !== routeToHash(store.getState().route)) store.getState().navigate(next);
    };
    sync();
    win.addEventListener('hashchange', sync);
    return () => win.removeEventListener('hashchange', sync);
  }, [store, win]);

  useEffect(() => {
    const hash = routeToHash(route);
    if (win.location.hash !== hash) win.location.hash = hash;
  }, [route, win]);
}
