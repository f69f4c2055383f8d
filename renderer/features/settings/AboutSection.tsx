/** About: version, host, Electron/Chrome versions, platform, where data is stored, and the catalogue version. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc/contract';
import { CATALOGUE_VERSION_LABEL } from '../../app/catalogue-version';
import { Spinner } from '../../components/Spinner';
import { usePlatform } from '../../platform/platform-context';

export function AboutSection() {
  const { t } = useTranslation('settings');
  const platform = usePlatform();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    platform.appInfo().then(
      (i) => live && setInfo(i),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [platform]);

  const na = t('common:notAvailable');
  return (
    <section className="settings-section" aria-labelledby="settings-about">
      <h2 id="settings-about">{t('about.heading')}</h2>
      {error ? <p role="alert">{t('about.error', { message: error })}</p> : null}
      {!info && !error ? <Spinner label={t('about.loading')} /> : null}
      {info ? (
        <dl className="about-list">
          <Row term={t('about.version')} value={`${info.name} ${info.version}`} />
          <Row term={t('about.host')} value={t(info.host === 'desktop' ? 'about.hostDesktop' : 'about.hostWeb')} />
          <Row term={t('about.electron')} value={info.electronVersion ?? na} />
          <Row term={t('about.chrome')} value={info.chromeVersion ?? na} />
          <Row term={t('about.platform')} value={info.platform} />
          <Row term={t('about.dataLocation')} value={info.dataLocation} />
          <Row term={t('about.catalogue')} value={CATALOGUE_VERSION_LABEL} />
        </dl>
      ) : null}
    </section>
  );
}

function Row({ term, value }: { term: string; value: string }) {
  return (
    <div className="about-list__row">
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}
