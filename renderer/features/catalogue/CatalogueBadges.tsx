/**
 * Small badges of the catalogue: severity, confidence (VS/WR/U with the full meaning as a tooltip and accessible
 * text), instrument status, and the "Historical" marker for instruments that are not current law. They take the
 * caller's `t` (catalogue namespace) instead of subscribing to i18n each, so long lists stay cheap to render:
 * `<SeverityBadge t={t} severity="high" />`.
 */
import type { Confidence, InstrumentStatus, Severity } from '../../../shared/catalogue/types';
import { Badge, type BadgeTone } from '../../components/Badge';

/** `t` of the catalogue namespace. */
export type CatalogueT = (key: string) => string;

export function SeverityBadge({ t, severity }: { t: CatalogueT; severity: Severity }) {
  return <Badge tone={severity}>{t(`severity.${severity}`)}</Badge>;
}

const CONFIDENCE_TONE: Readonly<Record<Confidence, BadgeTone>> = { VS: 'success', WR: 'info', U: 'medium' };

export function ConfidenceBadge({ t, confidence }: { t: CatalogueT; confidence: Confidence }) {
  const long = t(`confidence.long.${confidence}`);
  return (
    <Badge tone={CONFIDENCE_TONE[confidence]} title={long}>
      <span aria-hidden="true">{confidence}</span>
      <span className="visually-hidden">{`${confidence} (${long})`}</span>
    </Badge>
  );
}

const STATUS_TONE: Readonly<Record<InstrumentStatus, BadgeTone>> = {
  'in-force': 'success',
  'in-force-amended': 'success',
  repealed: 'neutral',
  suspended: 'medium',
  draft: 'medium',
  'not-public': 'info',
  withdrawn: 'neutral',
};

export function StatusBadge({ t, status }: { t: CatalogueT; status: InstrumentStatus }) {
  return <Badge tone={STATUS_TONE[status]}>{t(`status.${status}`)}</Badge>;
}

export function HistoricalBadge({ t }: { t: CatalogueT }) {
  return (
    <Badge tone="neutral" title={t('historicalNotice')}>
      {t('historicalBadge')}
    </Badge>
  );
}
