/**
 * Word writer (docx): an editable .docx of the report model. Real Heading 1–4 styles (the navigation pane works),
 * tables, every legal-basis citation as a footnote, the confidentiality marking in the page header and on the cover,
 * page X of Y in the footer, and an East-Asian font (Noto Sans SC) for Chinese text. Text only, no images of text.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import JSZip from 'jszip';
import type { ReportCitation, ReportFinding, ReportModel } from './types';

/**
 * Fonts of the Word report: a Latin font every Word has, and Noto Sans SC for Chinese (East-Asian) characters, with
 * Microsoft YaHei as its declared alternative and the GB2312 charset, so Word falls back to an installed Chinese font
 * (SimSun on most systems) when neither is installed.
 */
export const DOCX_FONTS = { latin: 'Calibri', eastAsia: 'Noto Sans SC', eastAsiaAlt: 'Microsoft YaHei' } as const;

/** Declares the East-Asian font and its fallback in word/fontTable.xml (the docx library cannot). */
async function declareFallbackFont(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file('word/fontTable.xml');
  if (file === null) return bytes;
  const xml = await file.async('string');
  const entry =
    `<w:font w:name="${DOCX_FONTS.eastAsia}"><w:altName w:val="${DOCX_FONTS.eastAsiaAlt}"/><w:charset w:val="86"/>` +
    `<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>`;
  const next = xml.endsWith('/>') && !xml.includes('</w:fonts>') ? xml.replace(/\/>$/, `>${entry}</w:fonts>`) : xml.replace('</w:fonts>', `${entry}</w:fonts>`);
  zip.file('word/fontTable.xml', next);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const FONT = { ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin, cs: DOCX_FONTS.latin, eastAsia: DOCX_FONTS.eastAsia };
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly color?: string;
  readonly size?: number;
}

/** A text run; runs with Chinese characters carry the East-Asian font hint and zh-CN language. */
function run(text: string, style: RunStyle = {}): TextRun {
  const zh = CJK.test(text);
  return new TextRun({
    text,
    ...style,
    font: zh ? { ...FONT, hint: 'eastAsia' } : FONT,
    ...(zh ? { language: { value: 'en-GB', eastAsia: 'zh-CN' } } : {}),
  });
}

function para(children: string | (TextRun | FootnoteReferenceRun)[], opts: { style?: RunStyle; bullet?: boolean; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: typeof children === 'string' ? [run(children, opts.style)] : children,
    ...(opts.bullet === true ? { bullet: { level: 0 } } : {}),
    ...(opts.keepNext === true ? { keepNext: true } : {}),
    spacing: { after: 80 },
  });
}

function heading(text: string, level: 1 | 2 | 3 | 4): Paragraph {
  const h = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 }[level];
  return new Paragraph({ heading: h, children: [run(text)], keepNext: true });
}

function muted(text: string): Paragraph {
  return para(text, { style: { italics: true, color: '666666' } });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'BBBBBB' };

function cellOf(content: string | Paragraph[], header = false): TableCell {
  const children =
    typeof content === 'string' ? content.split('\n').map((line) => para(line, header ? { style: { bold: true } } : {})) : content.length === 0 ? [para('')] : content;
  return new TableCell({
    children,
    ...(header ? { shading: { fill: 'EEEEEE' } } : {}),
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
  });
}

function table(head: readonly string[] | null, rows: readonly (readonly (string | Paragraph[])[])[]): Table {
  const trs: TableRow[] = [];
  if (head !== null) trs.push(new TableRow({ tableHeader: true, cantSplit: true, children: head.map((h) => cellOf(h, true)) }));
  for (const r of rows) trs.push(new TableRow({ cantSplit: true, children: r.map((c) => cellOf(c)) }));
  return new Table({ rows: trs, width: { size: 100, type: WidthType.PERCENTAGE } });
}

function kv(rows: readonly (readonly [string, string | Paragraph[]])[]): Table {
  return table(null, rows.map(([k, v]) => [[para(k, { style: { bold: true } })], v]));
}

function bullets(items: readonly string[], empty: string): Paragraph[] {
  return items.length === 0 ? [muted(empty)] : items.map((i) => para(i, { bullet: true }));
}

/** Footnote text of a citation: full names in both languages, status, confidence, document number. */
function footnoteText(c: ReportCitation): string {
  return [
    `${c.short}${c.articles !== undefined ? `, ${c.articles}` : ''}`,
    c.nameEn,
    c.nameZh,
    c.docNumber,
    c.statusText,
    c.historical ? 'historical instrument, shown for context only, not current law' : undefined,
    `confidence ${c.confidenceText}`,
    c.note,
  ]
    .filter((s): s is string => s !== undefined && s !== '')
    .join('; ');
}

class Footnotes {
  readonly notes: Record<string, { children: Paragraph[] }> = {};
  private next = 1;
  add(text: string): FootnoteReferenceRun {
    const id = this.next++;
    this.notes[String(id)] = { children: [new Paragraph({ children: [run(text, { size: 16 })] })] };
    return new FootnoteReferenceRun(id);
  }
}

function findingBlocks(f: ReportFinding, notes: Footnotes): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [heading(`${f.ruleId} ${f.title}`, 4)];
  if (f.titleZh !== undefined) out.push(para(f.titleZh));
  const rows: [string, string | Paragraph[]][] = [
    ['Outcome', [para(f.outcomeText, { style: { bold: true } })]],
    ['Severity (engine)', f.severityText],
  ];
  if (f.severityReason !== undefined) rows.push(['Severity reason', f.severityReason]);
  if (f.override !== undefined) {
    rows.push([
      'Reviewer override',
      [para([run(`Severity overridden by the reviewer to ${f.override.severity}`, { bold: true, color: 'B00020' }), run(` (${f.override.by}, ${f.override.at})`)]), para(`Justification: ${f.override.justification}`)],
    ]);
  }
  rows.push(['Effective severity', [para(f.effectiveSeverityText, { style: { bold: true } })]]);
  rows.push(['Confidence', f.confidenceText]);
  rows.push(['Exposure', f.exposureText]);
  if (f.conditionalOn.length > 0) rows.push(["Depends on 'likely' answers", f.conditionalOn.join(', ')]);
  if (f.reviewReasons.length > 0) rows.push(['Needs review because', f.reviewReasons.join('; ')]);
  if (f.question !== undefined) rows.push(['Open question', f.question]);
  rows.push(['Rule version', String(f.ruleVersion)]);
  out.push(kv(rows));
  if (f.notice !== undefined) out.push(para([run('Notice: ', { bold: true }), run(f.notice)]));
  if (f.noticeZh !== undefined) out.push(para(f.noticeZh));
  out.push(para('Legal basis', { style: { bold: true }, keepNext: true }));
  if (f.legalBasis.length === 0) out.push(muted('No citation.'));
  for (const c of f.legalBasis) {
    const runs: (TextRun | FootnoteReferenceRun)[] = [run(c.short, { bold: true })];
    if (c.articles !== undefined) runs.push(run(` ${c.articles}`));
    runs.push(run(`: ${c.nameEn}`));
    if (c.nameZh !== undefined) runs.push(run(` ${c.nameZh}`));
    runs.push(run(`; ${c.statusText}; confidence ${c.confidence}`));
    if (c.historical) runs.push(run(' (historical, not current law)', { bold: true }));
    runs.push(notes.add(footnoteText(c)));
    out.push(new Paragraph({ children: runs, bullet: { level: 0 } }));
  }
  if (f.rationale !== undefined || f.rationaleZh !== undefined) {
    out.push(para('Rationale', { style: { bold: true }, keepNext: true }));
    if (f.rationale !== undefined) out.push(para(f.rationale));
    if (f.rationaleZh !== undefined) out.push(para(f.rationaleZh));
  }
  out.push(para('Why (trace)', { style: { bold: true }, keepNext: true }));
  out.push(f.trace.length === 0 ? muted('No trace.') : table(['Field', 'Value', 'Test', 'Result'], f.trace.map((t) => [t.field, t.value, t.test, t.resultText])));
  out.push(para('Mitigations', { style: { bold: true }, keepNext: true }));
  out.push(
    ...bullets(
      [
        ...f.mitigations.map(
          (m) =>
            `${m.code} ${m.title}${m.titleZh !== undefined ? ` (${m.titleZh})` : ''}: ${m.statusText}` +
            (m.decidedBy !== undefined ? ` (${m.decidedBy}${m.decidedAt !== undefined ? `, ${m.decidedAt}` : ''})` : '') +
            (m.note !== undefined ? `. Note: ${m.note}` : ''),
        ),
        ...f.mitigationNotes,
      ],
      'None proposed.',
    ),
  );
  if (f.reviewerNote !== undefined) out.push(para([run('Reviewer note: ', { bold: true }), run(f.reviewerNote)]));
  return out;
}

/** Renders the report model as a .docx file (bytes). Works in Node and in the browser. */
export async function toDocx(model: ReportModel): Promise<Uint8Array> {
  const { cover, summary, profile, mlps } = model;
  const notes = new Footnotes();
  const body: (Paragraph | Table)[] = [];

  // Cover
  if (cover.marking !== undefined) body.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [run(cover.marking, { bold: true, size: 28 })], spacing: { after: 400 } }));
  body.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [run(`${cover.title}: ${cover.reviewTitle}`)] }));
  const coverRows: [string, string][] = [
    ['Vendor', cover.vendor],
    ['Product', cover.product],
    ['Reviewer', cover.reviewer],
    ['Date', cover.generatedAt],
    ['Catalogue version', cover.catalogueVersion],
    ['Engine version', cover.engineVersion],
    ['Airlock version', cover.appVersion],
    ['Review', `${cover.reviewId} (revision ${cover.revision})`],
  ];
  if (cover.marking !== undefined) coverRows.push(['Marking', cover.marking]);
  if (cover.redactions.length > 0) coverRows.push(['Redactions', cover.redactions.join('\n')]);
  body.push(kv(coverRows));
  body.push(new Paragraph({ children: [new PageBreak()] }));

  // 1. Executive summary
  body.push(heading('1. Executive summary', 1));
  body.push(
    kv([
      ['Estimated MLPS level', summary.levelRange + (summary.mlpsNotApplicable !== undefined ? ` (${summary.mlpsNotApplicable})` : '')],
      ['Findings', `${model.findings.length}: ${summary.countsByOutcome.fire} fire, ${summary.countsByOutcome.conditional} conditional, ${summary.countsByOutcome.review} need review`],
      ['By effective severity', `critical ${summary.countsBySeverity.critical}, high ${summary.countsBySeverity.high}, medium ${summary.countsBySeverity.medium}, low ${summary.countsBySeverity.low}, info ${summary.countsBySeverity.info}, none (derivation) ${summary.countsBySeverity.none}`],
      ['Reviewer severity overrides', String(summary.overrides)],
    ]),
  );
  body.push(heading('Top exposures', 2));
  body.push(...bullets(summary.topExposures.map((f) => `${f.ruleId} ${f.title}: ${f.effectiveSeverityText}; ${f.outcomeText}`), 'No exposure finding fires.'));
  body.push(heading('Scores', 2));
  body.push(
    table(
      summary.hasResidual ? ['Index', 'Score', 'Residual (after mitigations)'] : ['Index', 'Score'],
      summary.scores.map((s) => [s.label, String(s.value), ...(summary.hasResidual ? [s.residual === undefined ? '' : String(s.residual)] : [])]),
    ),
  );
  body.push(heading('Items needing answers (REVIEW)', 2));
  body.push(...bullets(summary.reviewItems.map((f) => `${f.ruleId} ${f.title}: ${f.reviewReasons.join('; ') || 'needs review'}. ${f.question ?? ''}`), 'None.'));

  // 2. Profile
  body.push(heading('2. Profile summary', 1));
  for (const s of profile.sections) {
    body.push(heading(s.title, 2));
    body.push(s.fields.length === 0 ? muted('No answers.') : table(['Field', 'Path', 'Answer'], s.fields.map((f) => [f.label, f.path, f.value])));
  }
  if (profile.sectionsMissing.length > 0) body.push(para(`Sections not described (not assessed): ${profile.sectionsMissing.join(', ')}.`));

  // 3. MLPS
  body.push(heading('3. MLPS grading rationale', 1));
  if (!mlps.applicable) {
    body.push(para([run('N/A. ', { bold: true }), run(mlps.notApplicableReason ?? '')]));
  } else {
    body.push(
      kv([
        ['Estimated level range', mlps.levelRange],
        ['GB/T 22240-2020 matrix level', mlps.stdLevel === null || mlps.stdLevel === undefined ? 'unknown' : String(mlps.stdLevel)],
        ['2025 template level', mlps.t2025Level === null || mlps.t2025Level === undefined ? 'unknown' : String(mlps.t2025Level)],
        ['Declared level', mlps.declared],
      ]),
    );
    body.push(heading('Floors applied', 3), ...bullets(mlps.floorsApplied.map((f) => f.text), 'None.'));
    body.push(heading('Floors pending (not counted)', 3), ...bullets(mlps.floorsPending.map((f) => f.text), 'None.'));
    body.push(heading('Warnings', 3), ...bullets(mlps.warnings.map((w) => `${w.code}: ${w.message}`), 'None.'));
    body.push(heading('Basis', 3), ...bullets(mlps.basis, 'None recorded.'));
  }

  // 4. Findings
  body.push(heading('4. Findings by exposure kind', 1));
  if (model.findingGroups.length === 0) body.push(muted('No rule applies to this profile.'));
  for (const g of model.findingGroups) {
    body.push(heading(g.title, 2));
    for (const f of g.findings) body.push(...findingBlocks(f, notes));
  }

  // 5. Mitigations
  body.push(heading('5. Mitigations and residual risk', 1));
  body.push(
    model.mitigations.length === 0
      ? muted('No mitigation proposed.')
      : table(
          ['Mitigation', 'Findings and decisions', 'What it does not achieve'],
          model.mitigations.map((m) => [
            `${m.code} ${m.title}${m.titleZh !== undefined ? `\n${m.titleZh}` : ''}`,
            m.uses.map((u) => `${u.ruleId}: ${u.statusText}${u.note !== undefined ? ` (note: ${u.note})` : ''}`).join('\n'),
            m.limits ?? '',
          ]),
        ),
  );
  body.push(para(summary.hasResidual ? 'Residual scores (after agreed and implemented mitigations) are shown in the executive summary.' : 'Residual scores were not computed for this report.'));

  // 6. Evidence
  body.push(heading('6. Evidence appendix', 1));
  body.push(
    model.evidence.length === 0
      ? muted('No evidence attached.')
      : table(
          ['Id', 'File', 'SHA-256', 'Size (bytes)', 'Added', 'Findings', 'Note'],
          model.evidence.map((e) => [e.id, e.name, e.sha256, String(e.size), e.addedAt, e.ruleIds.join(', '), e.note ?? '']),
        ),
  );

  // 7. Assumptions
  body.push(heading('7. Assumptions and open questions', 1));
  body.push(heading('Unknown answers (open questions)', 3));
  body.push(...bullets(model.assumptions.openQuestions.map((q) => `${q.path}${q.ruleIds.length > 0 ? ` (settles ${q.ruleIds.join(', ')})` : ''}`), 'None.'));
  body.push(heading("'Likely' answers to confirm", 3));
  body.push(...bullets(model.assumptions.conditionalAnswers.map((q) => `${q.path} (affects ${q.ruleIds.join(', ')})`), 'None.'));
  body.push(heading('Uncertain points (U)', 3));
  body.push(...bullets(model.assumptions.uncertainPoints, 'None.'));

  // 8. Audit
  const a = model.audit;
  body.push(heading('8. Audit summary', 1));
  if (a.total === 0) body.push(muted('No audit entries supplied.'));
  else {
    body.push(para(`${a.total} recorded changes from ${a.first ?? ''} to ${a.last ?? ''} by ${a.actors.join(', ')}. ${a.byAction.map((b) => `${b.action}: ${b.count}`).join(', ')}.`));
    body.push(table(['Time', 'Actor', 'Revision', 'Action', 'Change'], a.entries.map((e) => [e.at, e.actor, String(e.revision), e.action, e.description])));
  }

  // 9. Disclaimer
  body.push(heading('9. Not legal advice', 1));
  for (const p of model.disclaimer) body.push(para(p));

  const headerText = `${cover.marking !== undefined ? `${cover.marking} — ` : ''}${cover.title}: ${cover.reviewTitle}`;
  const doc = new Document({
    creator: `Airlock ${cover.appVersion}`,
    title: `${cover.title}: ${cover.reviewTitle}`,
    ...(cover.marking !== undefined ? { subject: cover.marking } : {}),
    styles: {
      default: {
        document: { run: { font: FONT, size: 20, language: { value: 'en-GB', eastAsia: 'zh-CN' } } },
        heading1: { run: { font: FONT, size: 32, bold: true } },
        heading2: { run: { font: FONT, size: 26, bold: true } },
        heading3: { run: { font: FONT, size: 22, bold: true } },
        heading4: { run: { font: FONT, size: 21, bold: true } },
        title: { run: { font: FONT, size: 40, bold: true } },
      },
    },
    footnotes: notes.notes,
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1020, right: 1020 } } },
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(headerText, { size: 16, color: '555555' })] })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16, font: FONT })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return declareFallbackFont(await Packer.pack(doc, 'uint8array'));
}
