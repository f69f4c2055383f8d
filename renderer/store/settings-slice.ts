/** Settings as loaded from the settings repository; every update is written through it. */
import { DEFAULT_SETTINGS, type Settings } from '../db/settings-repo';
import type { SliceCreator, StoreDeps } from './types';

export interface SettingsSlice {
  settings: Settings;
  settingsLoaded: boolean;
  loadSettings: () => Promise<void>;
  updateSetting: <K extends keyof Settings>(key: K, value: Settings[K]) => Promise<void>;
}

/** The actor recorded in the audit trail. */
export const UNKNOWN_REVIEWER = 'unknown reviewer';
export function actorOf(settings: Settings): string {
  return settings.reviewerName.trim() || UNKNOWN_REVIEWER;
}

export function createSettingsSlice(deps: StoreDeps): SliceCreator<SettingsSlice> {
  return (set, get) => ({
    settings: DEFAULT_SETTINGS,
    settingsLoaded: false,
    loadSettings: async () => {
      try {
        set({ settings: await deps.settingsRepo.load(), settingsLoaded: true });
      } catch (e) {
        set({ settingsLoaded: true });
        get().pushToast({ tone: 'error', message: { key: 'common:error.loadSettings', values: { message: messageOf(e) } } });
      }
    },
    updateSetting: async (key, value) => {
      const previous = get().settings;
      set({ settings: { ...previous, [key]: value } });
      try {
        await deps.settingsRepo.set(key, value);
      } catch (e) {
        set({ settings: previous });
        get().pushToast({ tone: 'error', message: { key: 'common:error.saveSettings', values: { message: messageOf(e) } } });
      }
    },
  });
}

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
