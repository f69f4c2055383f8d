/**
 * One finding as a collapsible card (disclosure pattern: a button with aria-expanded / aria-controls; a plain
 * button rather than Radix Collapsible, which measures its content on mount and made a list of 50 cards slow).
 * The header is always visible: the toggle (rule id, English and Chinese titles; Enter/Space expands), then
 * outcome, effective severity (override marked, with the original), confidence tag, further exposure kinds, and
 * whether a note or mitigations are recorded. The body is <FindingBody>, rendered only while expanded.
 */
import { ChevronRight, MessageSquareText } from 'lucide-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresentedFinding } from '../../../../shared/engine/present';
import type { Profile } from '../../../../shared/profile/types';
import type { FindingDecision, ReviewChange } from '../../../../shared/review/types';
import { Badge } from '../../../components/Badge';
import { findingDomId, findingTriggerId } from '../present';
import { ConfidenceTag, OutcomeBadge, SeverityLabel } from './FindingBadges';
import { FindingBody } from './FindingBody';

export interface FindingCardProps {
  readonly item: PresentedFinding;
  readonly decision: FindingDecision | undefined;
  readonly profile: Profile | null;
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  readonly onChange: (change: ReviewChange) => Promise<void>;
  readonly onShowField: (path: string) => void;
  readonly onOpenFinding: (ruleId: string) => void;
}

function FindingCardView(props: FindingCardProps) {
  const { item, decision, profile, open, onOpenChange } = props;
  const { t } = useTranslation('results');
  const f = item.finding;
  const others = f.exposure.filter((k) => k !== item.primaryKind && k !== 'derivation');
  const tracked = Object.values(decision?.mitigations ?? {});
  const implemented = tracked.filter((m) => m.status === 'implemented').length;
  const bodyId = `${findingDomId(f.ruleId)}-body`;
  return (
    <article
      id={findingDomId(f.ruleId)}
      className={`finding finding--${item.severity ?? 'none'} finding--${f.outcome}${item.override ? ' finding--overridden' : ''}`}
      aria-labelledby={`${findingTriggerId(f.ruleId)}`}
      data-rule-id={f.ruleId}
    >
      <h5 className="finding__heading">
        <button
          type="button"
          id={findingTriggerId(f.ruleId)}
          className="finding__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => onOpenChange(!open)}
        >
          <ChevronRight className="finding__chevron" size={14} aria-hidden="true" />
          <span className="finding__id">{f.ruleId}</span>
          <span className="finding__titles">
            <span className="finding__title">{f.title}</span>
            {f.titleZh ? <span className="finding__title-zh" lang="zh-CN">{f.titleZh}</span> : null}
          </span>
        </button>
      </h5>
      <div className="finding__meta">
        <OutcomeBadge outcome={f.outcome} />
        <SeverityLabel item={item} profile={profile} />
        <ConfidenceTag tag={f.confidence} />
        {others.map((k) => <Badge key={k}>{t('finding.alsoKind', { kind: t(`kind.${k}`) })}</Badge>)}
        {decision?.note ? (
          <span className="finding__flag" title={t('finding.hasNote')}>
            <MessageSquareText size={13} aria-hidden="true" />
            <span className="visually-hidden">{t('finding.hasNote')}</span>
          </span>
        ) : null}
        {f.mitigations.length > 0 && tracked.length > 0 ? (
          <span className="finding__flag">{t('finding.implemented', { done: implemented, total: f.mitigations.length })}</span>
        ) : null}
      </div>
      <div id={bodyId} className="finding__body" hidden={!open}>
        {open ? <FindingBody {...props} /> : null}
      </div>
    </article>
  );
}

/**
 * Memoised: a card re-renders only when its finding, decision, open state or handlers change. The profile is only
 * read for the severity qualifications (fallback / pending), so a new profile re-renders only cards that have them.
 */
export const FindingCard = memo(
  FindingCardView,
  (a, b) =>
    a.item === b.item && a.decision === b.decision && a.open === b.open && a.onOpenChange === b.onOpenChange && a.onChange === b.onChange &&
    a.onShowField === b.onShowField && a.onOpenFinding === b.onOpenFinding &&
    (a.profile === b.profile || (!b.item.finding.severityFallback && !b.item.finding.severityPending)),
);
