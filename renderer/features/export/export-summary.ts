/**
 * What an export will contain, counted for the dialog's summary: findings by outcome (REVIEW ones included, they are
 * never dropped), reviewer notes, severity overrides, mitigation decisions, audit entries and evidence items, and
 * which of them a redaction removes.
 */
import type { Assessment } from '../../../shared/engine/assessment';
import type { AuditEntry, Review } from '../../../shared/review/types';
import type { ExportChoices } from './export-options';

export interface ExportSummary {
  readonly findings: number;
  readonly fire: number;
  readonly conditional: number;
  readonly review: number;
  /** Reviewer notes on findings (0 in the file when internal notes are omitted). */
  readonly notes: number;
  readonly notesOmitted: boolean;
  readonly overrides: number;
  readonly decisions: number;
  readonly audit: number;
  readonly evidence: number;
  readonly answers: number;
}

export function summarise(review: Review, assessment: Assessment, audit: readonly AuditEntry[], evidence: number, choices: ExportChoices): ExportSummary {
  const count = (o: string) => assessment.findings.filter((f) => f.outcome === o).length;
  const decisions = Object.values(review.decisions);
  const answers = Object.values(review.profile).reduce((n, section) => n + Object.keys(section).length, 0);
  return {
    findings: assessment.findings.length,
    fire: count('fire'),
    conditional: count('conditional'),
    review: count('review'),
    notes: decisions.filter((d) => d.note?.trim()).length,
    notesOmitted: choices.format !== 'bundle' && choices.redaction.internalNotes,
    overrides: decisions.filter((d) => d.severityOverride).length,
    decisions: decisions.reduce((n, d) => n + Object.keys(d.mitigations ?? {}).length, 0),
    audit: audit.length,
    evidence,
    answers,
  };
}
