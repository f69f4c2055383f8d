/**
 * Follows the language setting: switches i18next when the user picked a language (null keeps the system language
 * chosen at start-up, see create-services.ts) and keeps <html lang> in sync (screen readers, CJK font selection).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../db/settings-repo';

export function useDocumentLanguage(win: Window, setting: Language | null): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (setting && i18n.language !== setting) void i18n.changeLanguage(setting);
  }, [i18n, setting]);
  const current = i18n.language;
  useEffect(() => {
    win.document.documentElement.lang = current;
  }, [win, current]);
}
