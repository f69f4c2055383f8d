/**
 * Shows the page for the current route. After a navigation (not the first render) focus moves to the new page's
 * heading, so keyboard and screen-reader users land at the top of what changed.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { CataloguePage } from '../features/catalogue/CataloguePage';
import { ReviewScreen } from '../features/review/ReviewScreen';
import { ReviewsScreen } from '../features/reviews/ReviewsScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { useAppStore } from '../store/store-context';
import { routeToHash } from './routes';

export function RouteView({ mainRef }: { mainRef: RefObject<HTMLElement | null> }) {
  const route = useAppStore((s) => s.route);
  // Moving between catalogue entries stays on one page: the catalogue focuses its own detail heading.
  const key = route.name === 'catalogue' ? 'catalogue' : routeToHash(route);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [key, mainRef]);

  switch (route.name) {
    case 'reviews':
      return <ReviewsScreen />;
    case 'review':
      return <ReviewScreen key={route.id} reviewId={route.id} />;
    case 'catalogue':
      return <CataloguePage />;
    case 'settings':
      return <SettingsScreen />;
  }
}
