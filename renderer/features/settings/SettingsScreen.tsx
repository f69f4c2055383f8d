/** Settings and About: reviewer name (recorded in the audit trail), theme, language, and facts about this install. */
import { Monitor, Moon, Sun } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/use-page-title';
import { SegmentedControl } from '../../components/SegmentedControl';
import { TextField } from '../../components/TextField';
import type { Language, ThemePreference } from '../../db/settings-repo';
import { useAppStore } from '../../store/store-context';
import { DataSection } from '../backup/DataSection';
import { AboutSection } from './AboutSection';

export function SettingsScreen() {
  const { t, i18n } = useTranslation('settings');
  const settings = useAppStore((s) => s.settings);
  const update = useAppStore((s) => s.updateSetting);
  usePageTitle(t('title'));

  return (
    <div className="page page--narrow">
      <header className="page__header">
        <h1 tabIndex={-1}>{t('title')}</h1>
      </header>
      <section className="settings-section" aria-labelledby="settings-reviewer">
        <h2 id="settings-reviewer">{t('reviewer.heading')}</h2>
        <TextField
          label={t('reviewer.name')}
          hint={t('reviewer.hint')}
          value={settings.reviewerName}
          maxLength={200}
          autoComplete="name"
          onChange={(e) => void update('reviewerName', e.target.value)}
        />
      </section>
      <section className="settings-section" aria-labelledby="settings-appearance">
        <h2 id="settings-appearance">{t('appearance.heading')}</h2>
        <SegmentedControl<ThemePreference>
          label={t('appearance.theme')}
          value={settings.theme}
          onValueChange={(v) => void update('theme', v)}
          options={[
            { value: 'system', label: t('appearance.system'), icon: <Monitor /> },
            { value: 'light', label: t('appearance.light'), icon: <Sun /> },
            { value: 'dark', label: t('appearance.dark'), icon: <Moon /> },
          ]}
        />
        <SegmentedControl<Language>
          label={t('appearance.language')}
          value={settings.language ?? (i18n.language === 'zh-CN' ? 'zh-CN' : 'en')}
          onValueChange={(v) => void update('language', v)}
          options={[
            { value: 'en', label: 'English', lang: 'en' },
            { value: 'zh-CN', label: '简体中文', lang: 'zh-CN' },
          ]}
        />
      </section>
      <DataSection />
      <AboutSection />
    </div>
  );
}
