/** Sets the window title to "<page> — Airlock" while a page is shown. */
import { useEffect } from 'react';

export function usePageTitle(page: string): void {
  useEffect(() => {
    document.title = page ? `${page} — Airlock` : 'Airlock';
  }, [page]);
}
