/**
 * The batch summary: one row per assessed profile (MLPS range, fire / conditional / review counts by severity,
 * source-code and inspection scores), printed as a text table and written as summary.csv and summary.json.
 * REVIEW findings are always counted (invariant I-11).
 */
import { SEVERITIES, type Severity } from '../shared/catalogue/types';
import type { Assessment, Outcome } from '../shared/engine/assessment';

/** Findings of one outcome, by severity; `derivation` counts the severity-less grading rules (G-01, G-03 …). */
export type SeverityCounts = { readonly total: number; readonly derivation: number } & Readonly<Record<Severity, number>>;

type Listed = Exclude<Outcome, 'no'>;
export const LISTED_OUTCOMES: readonly Listed[] = ['fire', 'conditional', 'review'];

export interface SummaryRow {
  readonly file: string;
  /** null where MLPS does not apply. */
  readonly levelMin: number | null;
  readonly levelMax: number | null;
  readonly fire: SeverityCounts;
  readonly conditional: SeverityCounts;
  readonly review: SeverityCounts;
  readonly sourceCode: number;
  readonly inspection: number;
}

/** Highest severity first, as the table shows them. */
const SEVERITY_ORDER: readonly Severity[] = [...SEVERITIES].reverse();

export function summariseAssessment(file: string, a: Assessment): SummaryRow {
  const count = (outcome: Listed): SeverityCounts => {
    const of = a.findings.filter((f) => f.outcome === outcome);
    const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, of.filter((f) => f.severity === s).length])) as Record<Severity, number>;
    return { total: of.length, derivation: of.filter((f) => f.severity === null).length, ...bySeverity };
  };
  return {
    file,
    levelMin: a.mlps?.levelMin ?? null,
    levelMax: a.mlps?.levelMax ?? null,
    fire: count('fire'),
    conditional: count('conditional'),
    review: count('review'),
    sourceCode: a.scores.sourceCode,
    inspection: a.scores.inspection,
  };
}

export function levelRange(row: Pick<SummaryRow, 'levelMin' | 'levelMax'>): string {
  if (row.levelMin === null || row.levelMax === null) return 'N/A';
  return row.levelMin === row.levelMax ? `L${row.levelMin}` : `L${row.levelMin}–L${row.levelMax}`;
}

/** `12 (1/4/5/2/0)`: total, then critical/high/medium/low/info. */
function countsCell(c: SeverityCounts): string {
  return `${c.total} (${SEVERITY_ORDER.map((s) => c[s]).join('/')})`;
}

/** A fixed-width table for the terminal. */
export function summaryTable(rows: readonly SummaryRow[]): string {
  const header = ['File', 'MLPS', 'Fire', 'Conditional', 'Review', 'Source code', 'Inspection'];
  const body = rows.map((r) => [r.file, levelRange(r), countsCell(r.fire), countsCell(r.conditional), countsCell(r.review), String(r.sourceCode), String(r.inspection)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.map(line),
    '',
    'Counts: total (critical/high/medium/low/info); derivation rules have no severity and count only in the total.',
    '',
  ].join('\n');
}

const CSV_COLUMNS: readonly string[] = [
  'file',
  'level_min',
  'level_max',
  ...LISTED_OUTCOMES.flatMap((o) => [`${o}_total`, ...SEVERITY_ORDER.map((s) => `${o}_${s}`), `${o}_derivation`]),
  'source_code_score',
  'inspection_score',
];

/** RFC 4180 cell; text that a spreadsheet would run as a formula is prefixed with a quote. */
function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function summaryCsv(rows: readonly SummaryRow[]): string {
  const lines = rows.map((r) =>
    [
      r.file,
      r.levelMin,
      r.levelMax,
      ...LISTED_OUTCOMES.flatMap((o) => [r[o].total, ...SEVERITY_ORDER.map((s) => r[o][s]), r[o].derivation]),
      r.sourceCode,
      r.inspection,
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}

export interface SummaryMeta {
  readonly generatedAt: string;
  readonly catalogueVersion: string;
  readonly engineVersion: string;
  readonly format: string;
}

export function summaryJson(rows: readonly SummaryRow[], meta: SummaryMeta): string {
  return `${JSON.stringify({ ...meta, profiles: rows }, null, 2)}\n`;
}
