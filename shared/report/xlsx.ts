/**
 * XLSX writer (exceljs): a Findings sheet (the full register: bold frozen header, autofilter, widths, wrapped text),
 * a Summary sheet (cover, levels, counts, scores, REVIEW items, open questions, disclaimer) and a Profile sheet
 * (every answer). Values are written as text cells, never formulas.
 */
import ExcelJS from 'exceljs';
import { REGISTER_COLUMNS, registerRows } from './register';
import type { ReportModel } from './types';

const WIDE = new Set(['title', 'titleZh', 'legalBasis', 'rationale', 'rationaleZh', 'traceSummary', 'mitigations', 'overrideJustification', 'reviewerNote', 'instrumentsEn', 'instrumentsZh', 'question', 'mitigationDecisionNotes', 'mitigationAdvice', 'notice']);

function styleHeader(ws: ExcelJS.Worksheet): void {
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

/** The workbook as XLSX bytes. */
export async function toXlsx(model: ReportModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = `Airlock ${model.cover.appVersion}`;
  wb.title = `${model.cover.title}: ${model.cover.reviewTitle}`;
  wb.created = new Date(model.cover.generatedAt);
  wb.modified = wb.created;
  if (model.cover.marking !== undefined) wb.subject = model.cover.marking;

  const findings = wb.addWorksheet('Findings');
  findings.columns = REGISTER_COLUMNS.map(([key, header]) => ({ header, key, width: WIDE.has(key) ? 48 : key === 'ruleId' ? 10 : 18 }));
  for (const row of registerRows(model)) findings.addRow(REGISTER_COLUMNS.map(([key]) => row[key]));
  findings.eachRow((row, n) => {
    if (n > 1) row.alignment = { vertical: 'top', wrapText: true };
  });
  styleHeader(findings);
  findings.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + model.findings.length, column: REGISTER_COLUMNS.length } };
  if (model.cover.marking !== undefined) findings.headerFooter = { oddHeader: `&C${model.cover.marking}`, oddFooter: '&RPage &P of &N' };

  const summary = wb.addWorksheet('Summary');
  summary.columns = [
    { header: 'Item', key: 'item', width: 36 },
    { header: 'Value', key: 'value', width: 90 },
  ];
  const s = model.summary;
  const add = (item: string, value: string | number): void => {
    summary.addRow([item, value]);
  };
  const c = model.cover;
  if (c.marking !== undefined) add('Marking', c.marking);
  add('Report', `${c.title}: ${c.reviewTitle}`);
  add('Vendor', c.vendor);
  add('Product', c.product);
  add('Reviewer', c.reviewer);
  add('Date', c.generatedAt);
  add('Catalogue version', c.catalogueVersion);
  add('Engine version', c.engineVersion);
  add('Airlock version', c.appVersion);
  add('Review', `${c.reviewId} (revision ${c.revision})`);
  if (c.redactions.length > 0) add('Redactions', c.redactions.join('\n'));
  add('Estimated MLPS level', s.levelRange + (s.mlpsNotApplicable !== undefined ? ` (${s.mlpsNotApplicable})` : ''));
  for (const f of model.mlps.floorsApplied) add('Floor applied', f.text);
  for (const f of model.mlps.floorsPending) add('Floor pending', f.text);
  for (const w of model.mlps.warnings) add(`MLPS warning (${w.code})`, w.message);
  for (const b of model.mlps.basis) add('MLPS basis', b);
  add('Findings', model.findings.length);
  add('Fire', s.countsByOutcome.fire);
  add('Conditional', s.countsByOutcome.conditional);
  add('Needs review', s.countsByOutcome.review);
  for (const sev of ['critical', 'high', 'medium', 'low', 'info', 'none'] as const) add(`Effective severity: ${sev}`, s.countsBySeverity[sev]);
  add('Reviewer severity overrides', s.overrides);
  for (const sc of s.scores) add(sc.label, sc.residual === undefined ? sc.value : `${sc.value} (residual ${sc.residual})`);
  for (const f of s.reviewItems) add(`REVIEW ${f.ruleId}`, `${f.title}: ${f.reviewReasons.join('; ')}. ${f.question ?? ''}`);
  for (const q of model.assumptions.openQuestions) add('Open question', `${q.path}${q.ruleIds.length > 0 ? ` (settles ${q.ruleIds.join(', ')})` : ''}`);
  for (const q of model.assumptions.conditionalAnswers) add("'Likely' answer to confirm", `${q.path} (affects ${q.ruleIds.join(', ')})`);
  for (const u of model.assumptions.uncertainPoints) add('Uncertain point', u);
  for (const m of model.mitigations) add(`Mitigation ${m.code}`, `${m.title}: ${m.uses.map((u) => `${u.ruleId} ${u.statusText}${u.note !== undefined ? ` (note: ${u.note})` : ''}`).join('; ')}`);
  for (const e of model.evidence) add(`Evidence ${e.id}`, `${e.name}; SHA-256 ${e.sha256}; ${e.size} bytes; added ${e.addedAt}${e.note !== undefined ? `; note: ${e.note}` : ''}`);
  add('Audit entries', model.audit.total);
  model.disclaimer.forEach((p, i) => add(i === 0 ? 'Not legal advice' : '', p));
  summary.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
  styleHeader(summary);

  const profile = wb.addWorksheet('Profile');
  profile.columns = [
    { header: 'Section', key: 'section', width: 16 },
    { header: 'Field', key: 'field', width: 32 },
    { header: 'Answer', key: 'value', width: 48 },
    { header: 'Unknown', key: 'unknown', width: 10 },
  ];
  for (const sec of model.profile.sections) for (const f of sec.fields) profile.addRow([sec.title, f.path, f.value, f.unknown ? 'yes' : '']);
  styleHeader(profile);
  profile.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 4 } };

  const out = (await wb.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
  return out instanceof Uint8Array ? new Uint8Array(out.buffer, out.byteOffset, out.byteLength) : new Uint8Array(out);
}
