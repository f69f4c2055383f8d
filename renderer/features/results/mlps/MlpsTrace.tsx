/**
 * Under the level: the warnings (possible under-grading first and prominent, right under the level), then the
 * grading trace: floors applied (conditional ones marked), floors pending (not counted), and the estimator's basis
 * in plain words.
 */
import { AlertTriangle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { MlpsEstimate, MlpsWarning } from '../../../../shared/engine/assessment';
import { Badge } from '../../../components/Badge';
import { isZh } from '../present';

const WARNING_ORDER: readonly MlpsWarning['code'][] = ['under-grading', 'ungraded', 'applicability-unknown', 'harm-unknown', 'level5-candidate', 't2025-higher', 'declared-above-max', 'heuristic'];

export function MlpsWarnings({ mlps }: { mlps: MlpsEstimate }) {
  const { t, i18n } = useTranslation('results');
  const warnings = [...mlps.warnings].sort((a, b) => WARNING_ORDER.indexOf(a.code) - WARNING_ORDER.indexOf(b.code));
  if (warnings.length === 0) return null;
  return (
    <div className="mlps-trace">
      {warnings.map((w) => (
        <div key={w.code} className={`callout ${w.code === 'under-grading' || w.code === 'ungraded' ? 'callout--danger' : 'callout--warning'}`} role="note" data-warning={w.code}>
          <AlertTriangle size={16} aria-hidden="true" />
          <div>
            <strong>{t(`mlps.warning.${w.code}`)}</strong>
            <p lang={isZh(i18n.language) ? 'en' : undefined}>{w.message}</p>
          </div>
        </div>
      ))}
    </div>
  );
}

export function MlpsTrace({ mlps }: { mlps: MlpsEstimate }) {
  const { t } = useTranslation('results');
  return (
    <div className="mlps-trace">
      <h4 className="mlps-trace__title">{t('mlps.floors')}</h4>
      {mlps.floorsApplied.length === 0 && mlps.floorsPending.length === 0 ? <p className="muted">{t('mlps.noFloors')}</p> : null}
      <ul className="plain-list floor-list">
        {mlps.floorsApplied.map((f) => (
          <li key={`${f.id}-${f.level}`}>
            <Badge tone={f.conditional ? 'accent' : 'neutral'}>{f.id}</Badge> {t(`mlps.floor.${f.id}`)} — {t('mlps.floorLevel', { level: f.level })}{' '}
            {f.conditional ? <Badge tone="accent">{t('mlps.conditional')}</Badge> : <Badge tone="success">{t('mlps.applied')}</Badge>}
          </li>
        ))}
        {mlps.floorsPending.map((f) => (
          <li key={`p-${f.id}-${f.level}`} className="floor-list__pending">
            <Badge>{f.id}</Badge> {t(`mlps.floor.${f.id}`)} — {t('mlps.floorLevel', { level: f.level })} <Badge tone="medium">{t('mlps.pending')}</Badge>
          </li>
        ))}
      </ul>
      <details className="mlps-trace__basis">
        <summary>{t('mlps.basis')}</summary>
        <ol lang="en">
          {mlps.basis.map((b) => <li key={b}>{b}</li>)}
        </ol>
      </details>
    </div>
  );
}
