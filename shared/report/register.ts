/**
 * The findings register: one row per finding with every field, as the spreadsheet formats (CSV, XLSX) write it.
 * Multi-valued fields are joined with line breaks inside one cell, so a row is always one finding.
 */
import type { ReportModel } from './types';

/** Register columns: stable keys (used by tests and downstream tools) and their header text. */
export const REGISTER_COLUMNS = [
  ['ruleId', 'Rule'],
  ['ruleVersion', 'Rule version'],
  ['title', 'Title'],
  ['titleZh', 'Title (Chinese)'],
  ['outcome', 'Outcome'],
  ['outcomeText', 'Outcome (words)'],
  ['severity', 'Severity (engine)'],
  ['severityText', 'Severity (engine, qualified)'],
  ['severityReason', 'Severity reason'],
  ['effectiveSeverity', 'Effective severity'],
  ['overrideSeverity', 'Override severity'],
  ['overrideJustification', 'Override justification'],
  ['overrideBy', 'Override by'],
  ['overrideAt', 'Override at'],
  ['confidence', 'Confidence'],
  ['exposure', 'Exposure kinds'],
  ['instruments', 'Instruments (short name and articles)'],
  ['instrumentsEn', 'Instruments (English names)'],
  ['instrumentsZh', 'Instruments (Chinese names)'],
  ['legalBasis', 'Legal basis (full citation)'],
  ['rationale', 'Rationale'],
  ['rationaleZh', 'Rationale (Chinese)'],
  ['notice', 'Notice'],
  ['noticeZh', 'Notice (Chinese)'],
  ['conditionalOn', "Depends on 'likely' answers"],
  ['reviewReasons', 'Needs review because'],
  ['question', 'Open question'],
  ['mitigations', 'Mitigations (code, title, status)'],
  ['mitigationDecisionNotes', 'Mitigation notes'],
  ['mitigationAdvice', 'Rule mitigation advice'],
  ['reviewerNote', 'Reviewer note'],
  ['traceSummary', 'Trace summary'],
  ['catalogueVersion', 'Catalogue version'],
  ['engineVersion', 'Engine version'],
  ['reviewId', 'Review id'],
] as const;

export type RegisterKey = (typeof REGISTER_COLUMNS)[number][0];
export type RegisterRow = Readonly<Record<RegisterKey, string>>;

/** One row per finding, every value as text. */
export function registerRows(model: ReportModel): RegisterRow[] {
  const lines = (xs: readonly string[]): string => xs.join('\n');
  return model.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleVersion: String(f.ruleVersion),
    title: f.title,
    titleZh: f.titleZh ?? '',
    outcome: f.outcome,
    outcomeText: f.outcomeText,
    severity: f.severity ?? '',
    severityText: f.severityText,
    severityReason: f.severityReason ?? '',
    effectiveSeverity: f.effectiveSeverity ?? '',
    overrideSeverity: f.override?.severity ?? '',
    overrideJustification: f.override?.justification ?? '',
    overrideBy: f.override?.by ?? '',
    overrideAt: f.override?.at ?? '',
    confidence: f.confidence,
    exposure: f.exposure.join(', '),
    instruments: lines(f.legalBasis.map((c) => `${c.short}${c.articles !== undefined ? ` ${c.articles}` : ''}${c.historical ? ' (historical)' : ''}`)),
    instrumentsEn: lines(f.legalBasis.map((c) => c.nameEn)),
    instrumentsZh: lines(f.legalBasis.map((c) => c.nameZh ?? '')),
    legalBasis: lines(f.legalBasis.map((c) => c.text)),
    rationale: f.rationale ?? '',
    rationaleZh: f.rationaleZh ?? '',
    notice: f.notice ?? '',
    noticeZh: f.noticeZh ?? '',
    conditionalOn: f.conditionalOn.join(', '),
    reviewReasons: f.reviewReasons.join('; '),
    question: f.question ?? '',
    mitigations: lines(f.mitigations.map((m) => `${m.code} ${m.title}: ${m.statusText}`)),
    mitigationDecisionNotes: lines(f.mitigations.filter((m) => m.note !== undefined).map((m) => `${m.code}: ${m.note ?? ''}`)),
    mitigationAdvice: lines(f.mitigationNotes),
    reviewerNote: f.reviewerNote ?? '',
    traceSummary: f.traceSummary,
    catalogueVersion: model.cover.catalogueVersion,
    engineVersion: model.cover.engineVersion,
    reviewId: model.cover.reviewId,
  }));
}
