/**
 * Settings, one record per key. Unknown or malformed stored values fall back to the defaults, so a damaged setting
 * never stops the app from starting.
 */
import type { AppDb } from './app-db';

export type ThemePreference = 'system' | 'light' | 'dark';
export type Language = 'en' | 'zh-CN';

export interface Settings {
  /** Recorded as the actor of every change in the audit trail. */
  readonly reviewerName: string;
  readonly theme: ThemePreference;
  /** null = follow the system language. */
  readonly language: Language | null;
}

export const DEFAULT_SETTINGS: Settings = { reviewerName: '', theme: 'system', language: null };

const VALID: { readonly [K in keyof Settings]: (v: unknown) => v is Settings[K] } = {
  reviewerName: (v): v is string => typeof v === 'string' && v.length <= 200,
  theme: (v): v is ThemePreference => v === 'system' || v === 'light' || v === 'dark',
  language: (v): v is Language | null => v === null || v === 'en' || v === 'zh-CN',
};

export interface SettingsRepo {
  load: () => Promise<Settings>;
  set: <K extends keyof Settings>(key: K, value: Settings[K]) => Promise<void>;
}

export function createSettingsRepo(db: AppDb): SettingsRepo {
  return {
    load: async () => {
      const rows = await db.settings.toArray();
      const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
      for (const { key, value } of rows) {
        if (key in VALID && VALID[key as keyof Settings](value)) out[key] = value;
      }
      return out as unknown as Settings;
    },
    set: async (key, value) => {
      if (!VALID[key](value)) throw new Error(`Invalid value for setting "${key}".`);
      await db.settings.put({ key, value });
    },
  };
}
