/** True while the window is narrower than `px` (the workspace then switches between panes with tabs). */
import { useSyncExternalStore } from 'react';

export function useNarrow(px = 1000): boolean {
  const query = `(max-width: ${px - 1}px)`;
  return useSyncExternalStore(
    (notify) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const mql = window.matchMedia(query);
      mql.addEventListener('change', notify);
      return () => mql.removeEventListener('change', notify);
    },
    () => (typeof window.matchMedia === 'function' ? window.matchMedia(query).matches : false),
  );
}
