/**
 * The app shell: skip link, navigation rail, main landmark with the current page, global dialogs, toasts, and the
 * app-wide shortcut Ctrl/Cmd+N (new review). Theme and language follow Settings.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ReviewDialogs } from '../features/reviews/ReviewDialogs';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { AppToasts } from './AppToasts';
import { NavRail } from './NavRail';
import { RouteView } from './RouteView';
import { useDocumentLanguage } from './use-document-language';
import { useDocumentTheme } from './use-document-theme';
import { useHashRoute } from './use-hash-route';
import { useShortcut } from './use-shortcut';

export function App({ win = window }: { win?: Window }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const mainRef = useRef<HTMLElement>(null);
  const theme = useAppStore((s) => s.settings.theme);
  const language = useAppStore((s) => s.settings.language);
  useDocumentTheme(win, theme);
  useDocumentLanguage(win, language);
  useHashRoute(win);

  useShortcut({ key: 'n', mod: true }, () => {
    const s = store.getState();
    if (s.dialog) return;
    if (s.route.name !== 'reviews') s.navigate({ name: 'reviews' });
    s.openDialog({ kind: 'create-review' });
  });

  return (
    <>
    <div className="app-shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      <NavRail />
      <main id="main" ref={mainRef} className="app-main" tabIndex={-1}>
        <RouteView mainRef={mainRef} />
      </main>
    </div>
    <ReviewDialogs />
    <AppToasts />
    </>
  );
}
