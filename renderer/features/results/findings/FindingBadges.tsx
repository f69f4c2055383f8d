/**
 * The small labels of a finding: outcome ("fires", "fires if a 'likely' answer is confirmed", "needs review"),
 * effective severity with its qualifications and override mark, and the confidence tag (VS / WR / U) with a
 * tooltip saying what it means.
 */
import { CircleHelp, PenLine } from 'lucide-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Confidence, Severity } from '../../../../shared/catalogue/types';
import type { Finding } from '../../../../shared/engine/assessment';
import type { PresentedFinding } from '../../../../shared/engine/present';
import type { Profile } from '../../../../shared/profile/types';
import { Badge } from '../../../components/Badge';
import { Tooltip } from '../../../components/Tooltip';
import { fieldLabel, severityConditions } from '../present';

/** Memoised (like ConfidenceTag): a string prop, so ~36 cards do not redo it on every answer. */
export const OutcomeBadge = memo(function OutcomeBadge({ outcome }: { outcome: Finding['outcome'] }) {
  const { t } = useTranslation('results');
  const tone = outcome === 'fire' ? 'danger' : outcome === 'conditional' ? 'accent' : 'neutral';
  return (
    <Badge tone={tone}>
      {outcome === 'review' ? <CircleHelp size={12} aria-hidden="true" /> : null}
      {t(`outcome.${outcome}`)}
    </Badge>
  );
});

/** "high", "high (medium if CII status is not confirmed)", "medium (high if … is confirmed)", override marked. */
export function SeverityLabel({ item, profile }: { item: PresentedFinding; profile: Profile | null }) {
  const { t, i18n } = useTranslation('results');
  const f = item.finding;
  if (item.severity === null) return <Badge>{t('severity.none')}</Badge>;
  const cond = severityConditions(f, profile);
  const names = (paths: string[]): string => paths.map((p) => `“${fieldLabel(p, i18n.language)}”`).join(t('list.and'));
  const quals: string[] = [];
  if (!item.override && f.severityFallback) {
    quals.push(cond.fallback.length > 0
      ? t('severity.fallback', { severity: sev(t, f.severityFallback), fields: names(cond.fallback) })
      : t('severity.fallbackGeneric', { severity: sev(t, f.severityFallback) }));
  }
  if (!item.override && f.severityPending) {
    quals.push(cond.pending.length > 0
      ? t('severity.pending', { severity: sev(t, f.severityPending), fields: names(cond.pending) })
      : t('severity.pendingGeneric', { severity: sev(t, f.severityPending) }));
  }
  return (
    <span className="sev-label">
      <Badge tone={item.severity}>
        {item.override ? <PenLine size={12} aria-hidden="true" /> : null}
        {sev(t, item.severity)}
      </Badge>
      {item.override ? (
        <span className="sev-label__qual">{t('severity.overriddenFrom', { severity: f.severity === null ? t('severity.none') : sev(t, f.severity) })}</span>
      ) : null}
      {quals.map((q) => (
        <span key={q} className="sev-label__qual">({q})</span>
      ))}
      {f.outcome === 'review' ? <span className="sev-label__qual">{t('severity.ifConfirmed')}</span> : null}
    </span>
  );
}

function sev(t: (k: string) => string, s: Severity): string {
  return t(`severity.${s}`);
}

export const ConfidenceTag = memo(function ConfidenceTag({ tag }: { tag: Confidence }) {
  const { t } = useTranslation('results');
  const text = t(`confidence.${tag}`);
  return (
    <Tooltip content={text}>
      <span className={`conf-tag conf-tag--${tag}`} tabIndex={0} aria-label={t('confidence.label', { tag, text })}>
        {tag}
      </span>
    </Tooltip>
  );
});
