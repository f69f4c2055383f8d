/**
 * One exposure index (0–100) as a labelled bar. With a residual value below the raw one (implemented
 * mitigations), the bar shows both and the text reads "raw → residual (−drop)". The bar is decorative; the
 * numbers are text.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';

/** Band of an index for its colour: the same scale as severities. */
export function scoreBand(value: number): 'critical' | 'high' | 'medium' | 'low' | 'info' {
  if (value >= 75) return 'critical';
  if (value >= 50) return 'high';
  if (value >= 25) return 'medium';
  if (value > 0) return 'low';
  return 'info';
}

/** Memoised: primitive props, so a row re-renders only when its value changes. */
export const ScoreRow = memo(function ScoreRow({ label, raw, residual, main = false }: { label: string; raw: number; residual: number | null; main?: boolean }) {
  const { t } = useTranslation('results');
  const drop = residual !== null && residual < raw ? raw - residual : 0;
  const shown = drop > 0 && residual !== null ? residual : raw;
  return (
    <div className={`score-row${main ? ' score-row--main' : ''}`}>
      <dt className="score-row__label">{label}</dt>
      <dd className="score-row__value">
        <span className="score-row__track" aria-hidden="true">
          {drop > 0 ? <span className="score-row__bar score-row__bar--raw" style={{ width: `${raw}%` }} /> : null}
          <span className={`score-row__bar score-row__bar--${scoreBand(shown)}`} style={{ width: `${shown}%` }} />
        </span>
        <span className="score-row__number">
          {drop > 0 && residual !== null ? (
            <>
              <span className="visually-hidden">{t('scores.rawToResidual', { raw, residual, drop })}</span>
              <span aria-hidden="true">
                <s className="score-row__old">{raw}</s> → <strong>{residual}</strong> <span className="score-row__drop">−{drop}</span>
              </span>
            </>
          ) : (
            <strong>{raw}</strong>
          )}
        </span>
      </dd>
    </div>
  );
});
