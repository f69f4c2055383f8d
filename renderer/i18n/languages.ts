/** The UI languages and how the default one is picked from the system. */
import type { Language } from '../db/settings-repo';

export const LANGUAGES: readonly Language[] = ['en', 'zh-CN'];

/** First system language we support, else English. */
export function detectLanguage(systemLanguages: readonly string[]): Language {
  for (const l of systemLanguages) {
    const lower = l.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
