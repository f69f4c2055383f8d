/**
 * Hash routes (`#/reviews`, `#/reviews/<id>`, `#/catalogue`, `#/catalogue/<rules|instruments|mitigations>/<id>`,
 * `#/settings`): parse and format. Works under app:// and http.
 */
import type { CatalogueTab, Route } from '../store/ui-slice';

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const [first, second] = path.split('/');
  if (first === 'reviews' && second) return { name: 'review', id: decodeURIComponent(second) };
  if (first === 'catalogue') return catalogueRoute(second, path.split('/')[2]);
  if (first === 'settings') return { name: 'settings' };
  return { name: 'reviews' };
}

export function routeToHash(route: Route): string {
  switch (route.name) {
    case 'reviews':
      return '#/reviews';
    case 'review':
      return `#/reviews/${encodeURIComponent(route.id)}`;
    case 'catalogue':
      if (!route.tab) return '#/catalogue';
      return route.id ? `#/catalogue/${route.tab}/${encodeURIComponent(route.id)}` : `#/catalogue/${route.tab}`;
    case 'settings':
      return '#/settings';
  }
}

/** The nav section a route belongs to. */
export function sectionOf(route: Route): 'reviews' | 'catalogue' | 'settings' {
  return route.name === 'review' ? 'reviews' : route.name;
}

const CATALOGUE_TABS: readonly CatalogueTab[] = ['rules', 'instruments', 'mitigations'];

function catalogueRoute(tab: string | undefined, id: string | undefined): Route {
  const t = CATALOGUE_TABS.find((x) => x === tab);
  if (!t) return { name: 'catalogue' };
  return id ? { name: 'catalogue', tab: t, id: decodeURIComponent(id) } : { name: 'catalogue', tab: t };
}

/** Deep link to a catalogue entry, e.g. `catalogueHref('rules', 'SC-01')` → `#/catalogue/rules/SC-01`. */
export function catalogueHref(tab: CatalogueTab, id?: string): string {
  return routeToHash(id ? { name: 'catalogue', tab, id } : { name: 'catalogue', tab });
}
