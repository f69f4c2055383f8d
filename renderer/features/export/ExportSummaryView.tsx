/** ExportSummaryView: what the file will contain, counted (findings by outcome incl. REVIEW ones, notes, trail…). */
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from './export-options';
import type { ExportSummary } from './export-summary';

export function ExportSummaryView({ summary, format }: { summary: ExportSummary; format: ExportFormat }) {
  const { t } = useTranslation('transfer');
  const lines: string[] = [
    t('export.summary.findings', { count: summary.findings, fire: summary.fire, conditional: summary.conditional, review: summary.review }),
  ];
  if (format === 'bundle') lines.push(t('export.summary.answers', { count: summary.answers }));
  if (format !== 'csv') {
    lines.push(summary.notesOmitted ? t('export.summary.notesOmitted', { count: summary.notes }) : t('export.summary.notes', { count: summary.notes }));
    lines.push(t('export.summary.overrides', { count: summary.overrides }), t('export.summary.decisions', { count: summary.decisions }));
  }
  if (format !== 'csv' && format !== 'xlsx') lines.push(t('export.summary.audit', { count: summary.audit }));
  if (summary.evidence > 0) lines.push(t('export.summary.evidence', { count: summary.evidence }));
  return (
    <section className="export-summary" aria-labelledby="export-summary-heading">
      <h3 id="export-summary-heading" className="field__label">{t('export.summary.heading')}</h3>
      <ul>
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      {format === 'csv' ? <p className="field__hint">{t('export.summary.registerOnly')}</p> : null}
    </section>
  );
}
