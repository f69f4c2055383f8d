/**
 * The catalogue's text language for the current UI language: `lang` for describe.ts ('en' | 'zh'), `lt` to pick a
 * LocalText, and `enOnly`, the `lang` attribute for text the catalogue has only in English.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localText, type DescribeLang } from '../../../shared/catalogue/describe';
import type { LocalText } from '../../../shared/catalogue/types';

export interface CatalogueLang {
  readonly lang: DescribeLang;
  readonly lt: (text: LocalText) => string;
  /** `lang` attribute for English-only catalogue text: undefined when the UI is English already. */
  readonly enOnly: 'en' | undefined;
}

export function useCatalogueLang(): CatalogueLang {
  const { i18n } = useTranslation();
  const lang: DescribeLang = i18n.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  return useMemo(() => ({ lang, lt: (text: LocalText) => localText(text, lang), enOnly: lang === 'zh' ? 'en' : undefined }), [lang]);
}
