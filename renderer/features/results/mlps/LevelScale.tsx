/**
 * The MLPS level as a segmented 1–5 scale: the estimated range level_min..level_max filled, with markers for the
 * standard (GB/T 22240-2020) level, the 2025-template level and the declared level. The scale is decorative; the
 * headline and the list under it say the same in text.
 */
import { useTranslation } from 'react-i18next';
import type { MlpsEstimate } from '../../../../shared/engine/assessment';

const LEVELS = [1, 2, 3, 4, 5] as const;

export function LevelScale({ mlps }: { mlps: MlpsEstimate }) {
  const { t } = useTranslation('results');
  const range = mlps.levelMin === mlps.levelMax ? String(mlps.levelMin) : `${mlps.levelMin}–${mlps.levelMax}`;
  const declared = typeof mlps.declared === 'number' ? mlps.declared : null;
  const markers = (n: number): string[] =>
    [mlps.stdLevel === n ? t('mlps.marker.std') : '', mlps.t2025Level === n ? t('mlps.marker.t2025') : '', declared === n ? t('mlps.marker.declared') : ''].filter(Boolean);
  return (
    <div className="level-scale">
      <p className="level-scale__headline">
        <span className="level-scale__big">{t('mlps.estimate', { range })}</span>
        <span className="muted">
          {mlps.levelMin === mlps.levelMax
            ? t(`mlps.levelName.${mlps.levelMin}`)
            : `${t(`mlps.levelName.${mlps.levelMin}`)} – ${t(`mlps.levelName.${mlps.levelMax}`)}`}
        </span>
      </p>
      <ol className="level-scale__track" aria-hidden="true">
        {LEVELS.map((n) => {
          const inRange = n >= mlps.levelMin && n <= mlps.levelMax;
          return (
            <li key={n} className={`level-scale__seg${inRange ? ' level-scale__seg--in' : ''}${n === mlps.levelMin ? ' level-scale__seg--min' : ''}`}>
              <span className="level-scale__num">{n}</span>
              <span className="level-scale__markers">
                {markers(n).map((m) => <span key={m} className="level-scale__marker">{m}</span>)}
              </span>
            </li>
          );
        })}
      </ol>
      <dl className="level-scale__facts">
        <div><dt>{t('mlps.std')}</dt><dd>{mlps.stdLevel ?? t('mlps.open')}</dd></div>
        <div><dt>{t('mlps.t2025')}</dt><dd>{mlps.t2025Level ?? t('mlps.open')}</dd></div>
        <div>
          <dt>{t('mlps.declared')}</dt>
          <dd>{declared ?? (mlps.declared === 'none' ? t('mlps.declaredNone') : t('mlps.declaredUnknown'))}</dd>
        </div>
      </dl>
    </div>
  );
}
