/**
 * Navigation inside the catalogue browser: `select` shows an entry (list selection), `open` shows it and moves focus
 * to its heading (Enter, double-click, a link). `<CatalogueLink tab="instruments" id="CSL">CSL</CatalogueLink>` is a
 * real link (`#/catalogue/instruments/CSL`, so it can be opened or copied) that opens in place on a plain click.
 */
import { createContext, useContext, type MouseEvent, type ReactNode } from 'react';
import { catalogueHref } from '../../app/routes';
import type { CatalogueTab } from '../../store/ui-slice';

export interface CatalogueNav {
  readonly select: (tab: CatalogueTab, id: string) => void;
  readonly open: (tab: CatalogueTab, id: string) => void;
}

const NavContext = createContext<CatalogueNav | null>(null);

export const CatalogueNavProvider = NavContext.Provider;

export function useCatalogueNav(): CatalogueNav {
  const nav = useContext(NavContext);
  if (!nav) throw new Error('useCatalogueNav needs a CatalogueNavProvider.');
  return nav;
}

export interface CatalogueLinkProps {
  tab: CatalogueTab;
  id: string;
  children: ReactNode;
  className?: string;
  title?: string;
}

export function CatalogueLink({ tab, id, children, className, title }: CatalogueLinkProps) {
  const nav = useCatalogueNav();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    nav.open(tab, id);
  };
  return (
    <a href={catalogueHref(tab, id)} className={className} title={title} onClick={onClick}>
      {children}
    </a>
  );
}
