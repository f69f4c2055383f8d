/** The left navigation rail: brand, the main sections, and an "offline" reminder. */
import { BookOpen, ClipboardList, Settings, ShieldCheck } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/store-context';
import type { Route } from '../store/ui-slice';
import { routeToHash, sectionOf } from './routes';

const ITEMS: readonly { section: 'reviews' | 'catalogue' | 'settings'; route: Route; icon: ReactNode }[] = [
  { section: 'reviews', route: { name: 'reviews' }, icon: <ClipboardList size={16} aria-hidden="true" /> },
  { section: 'catalogue', route: { name: 'catalogue' }, icon: <BookOpen size={16} aria-hidden="true" /> },
  { section: 'settings', route: { name: 'settings' }, icon: <Settings size={16} aria-hidden="true" /> },
];

export function NavRail() {
  const { t } = useTranslation();
  const route = useAppStore((s) => s.route);
  const current = sectionOf(route);
  return (
    <nav className="nav-rail" aria-label={t('nav.label')}>
      <div className="nav-rail__brand">
        <ShieldCheck size={18} aria-hidden="true" />
        <span>{t('appName')}</span>
      </div>
      <ul className="nav-rail__list">
        {ITEMS.map((item) => (
          <li key={item.section}>
            <a className="nav-rail__link" href={routeToHash(item.route)} aria-current={current === item.section ? 'page' : undefined}>
              {item.icon}
              {t(`nav.${item.section}`)}
            </a>
          </li>
        ))}
      </ul>
      <p className="nav-rail__footer">{t('nav.offline')}</p>
    </nav>
  );
}
