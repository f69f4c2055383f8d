/**
 * HTML writer: a self-contained, script-free HTML document of the report model, laid out for print (A4, page
 * breaks, table of contents with anchors, running confidentiality marking). The PDF is printed from it in a window
 * with JavaScript disabled (cli/pdf.ts, the desktop pdf:render channel). Fonts come from the host-supplied
 * `fontCss` (see fonts.ts); everything else is inline.
 */
import { REPORT_FONT_STACK } from './fonts';
import { reportHeaderTitle, runningHeaderCss } from './running-header';
import type { ReportFinding, ReportModel } from './types';

export interface HtmlOptions {
  /** @font-face rules for Inter and Noto Sans SC (fontFaceCss from fonts.ts). */
  readonly fontCss?: string;
  /** Sources allowed for fonts in the document's Content-Security-Policy (default: the document's own origin). */
  readonly fontSrc?: readonly string[];
  /**
   * Print the running header (marking — vendor · product — title) and page numbers with CSS page-margin boxes
   * (default true), for a browser printing this page itself. Set false when the host adds them with
   * `withRunningHeader` (running-header.ts: the command's and the desktop app's PDF), so they do not print twice.
   */
  readonly cssRunningHeader?: boolean;
}

/** Escapes text for HTML element content and attribute values. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Anchor id of a finding. */
export function findingAnchor(ruleId: string): string {
  return `finding-${ruleId.replace(/[^A-Za-z0-9-]/g, '_')}`;
}

const zh = (s: string): string => `<span lang="zh-Hans">${esc(s)}</span>`;

function table(head: readonly string[], rows: readonly (readonly string[])[], cls = ''): string {
  return (
    `<table${cls !== '' ? ` class="${cls}"` : ''}><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>` +
    rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('') +
    '</tbody></table>'
  );
}

function list(items: readonly string[], empty: string): string {
  return items.length === 0 ? `<p class="muted">${esc(empty)}</p>` : `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
}

function findingHtml(f: ReportFinding): string {
  const rows: [string, string][] = [
    ['Outcome', `<span class="badge ${f.outcome}">${esc(f.outcomeText)}</span>`],
    ['Severity (engine)', esc(f.severityText)],
  ];
  if (f.severityReason !== undefined) rows.push(['Severity reason', esc(f.severityReason)]);
  if (f.override !== undefined) {
    rows.push([
      'Reviewer override',
      `<strong class="override">${esc(f.override.severity)}</strong>, by ${esc(f.override.by)} on ${esc(f.override.at)}<br>Justification: ${esc(f.override.justification)}`,
    ]);
  }
  rows.push(['Effective severity', `<strong>${esc(f.effectiveSeverityText)}</strong>`]);
  rows.push(['Confidence', esc(f.confidenceText)]);
  rows.push(['Exposure', esc(f.exposureText)]);
  if (f.conditionalOn.length > 0) rows.push(["Depends on 'likely' answers", esc(f.conditionalOn.join(', '))]);
  if (f.reviewReasons.length > 0) rows.push(['Needs review because', esc(f.reviewReasons.join('; '))]);
  if (f.question !== undefined) rows.push(['Open question', esc(f.question)]);
  rows.push(['Rule version', String(f.ruleVersion)]);
  const mitigations = [
    ...f.mitigations.map(
      (m) =>
        `<strong>${esc(m.code)}</strong> ${esc(m.title)}${m.titleZh !== undefined ? ` (${zh(m.titleZh)})` : ''}: <em>${esc(m.statusText)}</em>` +
        (m.decidedBy !== undefined ? ` (${esc(m.decidedBy)}${m.decidedAt !== undefined ? `, ${esc(m.decidedAt)}` : ''})` : '') +
        (m.note !== undefined ? `<br>Note: ${esc(m.note)}` : ''),
    ),
    ...f.mitigationNotes.map(esc),
  ];
  return [
    `<section class="finding ${f.outcome}" id="${findingAnchor(f.ruleId)}">`,
    `<h4><span class="rule">${esc(f.ruleId)}</span> ${esc(f.title)}</h4>`,
    f.titleZh !== undefined ? `<p class="zh-title">${zh(f.titleZh)}</p>` : '',
    `<table class="kv"><tbody>${rows.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${v}</td></tr>`).join('')}</tbody></table>`,
    f.notice !== undefined ? `<p class="notice"><strong>Notice:</strong> ${esc(f.notice)}</p>` : '',
    f.noticeZh !== undefined ? `<p class="notice">${zh(f.noticeZh)}</p>` : '',
    '<h5>Legal basis</h5>',
    list(
      f.legalBasis.map(
        (c) =>
          `<strong>${esc(c.short)}</strong>${c.articles !== undefined ? ` ${esc(c.articles)}` : ''}: ${esc(c.nameEn)}` +
          (c.nameZh !== undefined ? ` ${zh(c.nameZh)}` : '') +
          `; ${esc(c.statusText)}; confidence ${esc(c.confidence)}` +
          (c.historical ? ' <strong class="historical">historical, not current law</strong>' : '') +
          (c.note !== undefined ? `. ${esc(c.note)}` : ''),
      ),
      'No citation.',
    ),
    f.rationale !== undefined ? `<h5>Rationale</h5><p>${esc(f.rationale)}</p>` : '',
    f.rationaleZh !== undefined ? `<p>${zh(f.rationaleZh)}</p>` : '',
    '<h5>Why (trace)</h5>',
    f.trace.length === 0
      ? '<p class="muted">No trace.</p>'
      : table(['Field', 'Value', 'Test', 'Result'], f.trace.map((t) => [esc(t.field), esc(t.value), esc(t.test), esc(t.resultText)]), 'trace'),
    '<h5>Mitigations</h5>',
    list(mitigations, 'None proposed.'),
    f.reviewerNote !== undefined ? `<h5>Reviewer note</h5><p class="note">${esc(f.reviewerNote)}</p>` : '',
    '</section>',
  ].join('');
}

function css(model: ReportModel, options: HtmlOptions): string {
  // The same header and footer as the printed PDF (running-header.ts), for a browser's own print of this page.
  const running = options.cssRunningHeader === false ? '' : runningHeaderCss({ title: reportHeaderTitle(model.cover), marking: model.cover.marking });
  return [
    options.fontCss ?? '',
    `@page{size:A4;margin:20mm 16mm 20mm 16mm}`,
    running,
    `html{font-family:${REPORT_FONT_STACK};font-size:10pt;line-height:1.4;color:#111}`,
    `body{margin:0}`,
    `:lang(zh-Hans){font-family:"Noto Sans SC","Microsoft YaHei","PingFang SC","SimSun",sans-serif}`,
    `h1{font-size:20pt;margin:0 0 8mm}h2{font-size:15pt;border-bottom:1px solid #999;padding-bottom:2px;margin-top:8mm}`,
    `h3{font-size:12pt;margin-top:6mm}h4{font-size:11pt;margin:0 0 2px}h5{font-size:9.5pt;margin:3mm 0 1mm;text-transform:uppercase;letter-spacing:.03em;color:#333}`,
    `h2,h3,h4,h5{break-after:avoid;page-break-after:avoid}`,
    `table{border-collapse:collapse;width:100%;margin:2mm 0;font-size:9pt}th,td{border:1px solid #bbb;padding:3px 5px;vertical-align:top;text-align:left;overflow-wrap:anywhere}`,
    `thead{display:table-header-group}tr{break-inside:avoid;page-break-inside:avoid}th{background:#f0f0f0}`,
    `table.kv th{width:28%}`,
    `.cover{break-after:page;page-break-after:always}.cover .marking{font-weight:700;border:2px solid #111;padding:3mm;text-align:center;margin-bottom:10mm}`,
    `.toc{break-after:page;page-break-after:always}.toc a{color:#111;text-decoration:none}.toc ol{padding-left:6mm;list-style:none}`,
    `section.chapter{break-before:page;page-break-before:always}`,
    `.finding{border-left:3px solid #999;padding:2mm 0 2mm 4mm;margin:4mm 0;break-inside:auto}`,
    `.finding.fire{border-color:#b00020}.finding.conditional{border-color:#c77700}.finding.review{border-color:#1a5fb4}`,
    `.badge{font-weight:700}.badge.review{color:#1a5fb4}.badge.fire{color:#b00020}.badge.conditional{color:#8a5300}`,
    `.override{color:#b00020}.historical{color:#8a5300}.notice{background:#fff7e0;padding:2mm;border:1px solid #e0c060}`,
    `.muted{color:#666;font-style:italic}.note{background:#f6f6f6;padding:2mm}`,
    `.hash{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:7.5pt}`,
    `.disclaimer{border:1px solid #111;padding:3mm;margin-top:6mm}`,
  ].join('\n');
}

/** Renders the report model as one self-contained, script-free HTML document. */
export function toHtml(model: ReportModel, options: HtmlOptions = {}): string {
  const { cover, summary, profile, mlps } = model;
  const title = `${cover.title}: ${cover.reviewTitle}`;
  const fontSrc = (options.fontSrc ?? ["'self'", 'data:']).join(' ');
  const csp = `default-src 'none'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; style-src 'unsafe-inline'; img-src data:; font-src ${fontSrc}`;

  const chapters: { id: string; title: string; body: string }[] = [];
  chapters.push({
    id: 'summary',
    title: 'Executive summary',
    body: [
      table(
        ['Item', 'Value'],
        [
          ['Estimated MLPS level', esc(summary.levelRange + (summary.mlpsNotApplicable !== undefined ? ` (${summary.mlpsNotApplicable})` : ''))],
          ['Findings', `${model.findings.length}: ${summary.countsByOutcome.fire} fire, ${summary.countsByOutcome.conditional} conditional, ${summary.countsByOutcome.review} need review`],
          [
            'By effective severity',
            `critical ${summary.countsBySeverity.critical}, high ${summary.countsBySeverity.high}, medium ${summary.countsBySeverity.medium}, low ${summary.countsBySeverity.low}, info ${summary.countsBySeverity.info}, none (derivation) ${summary.countsBySeverity.none}`,
          ],
          ['Reviewer severity overrides', String(summary.overrides)],
        ].map(([a, b]) => [esc(a ?? ''), b ?? '']),
        'kv',
      ),
      '<h3>Top exposures</h3>',
      list(
        summary.topExposures.map((f) => `<a href="#${findingAnchor(f.ruleId)}"><strong>${esc(f.ruleId)}</strong></a> ${esc(f.title)}: ${esc(f.effectiveSeverityText)}; ${esc(f.outcomeText)}`),
        'No exposure finding fires.',
      ),
      '<h3>Scores</h3>',
      table(
        summary.hasResidual ? ['Index', 'Score', 'Residual (after mitigations)'] : ['Index', 'Score'],
        summary.scores.map((s) => [esc(s.label), String(s.value), ...(summary.hasResidual ? [s.residual === undefined ? '' : String(s.residual)] : [])]),
      ),
      '<h3>Items needing answers (REVIEW)</h3>',
      list(
        summary.reviewItems.map(
          (f) =>
            `<a href="#${findingAnchor(f.ruleId)}"><strong>${esc(f.ruleId)}</strong></a> ${esc(f.title)}: ${esc(f.reviewReasons.join('; ') || 'needs review')}. ${esc(f.question ?? '')}`,
        ),
        'None.',
      ),
    ].join(''),
  });
  chapters.push({
    id: 'profile',
    title: 'Profile summary',
    body:
      profile.sections
        .map(
          (s) =>
            `<h3>${esc(s.title)}</h3>` +
            (s.fields.length === 0 ? '<p class="muted">No answers.</p>' : table(['Field', 'Path', 'Answer'], s.fields.map((f) => [esc(f.label), esc(f.path), esc(f.value)]))),
        )
        .join('') + (profile.sectionsMissing.length > 0 ? `<p>Sections not described (not assessed): ${esc(profile.sectionsMissing.join(', '))}.</p>` : ''),
  });
  chapters.push({
    id: 'mlps',
    title: 'MLPS grading rationale',
    body: !mlps.applicable
      ? `<p><strong>N/A.</strong> ${esc(mlps.notApplicableReason ?? '')}</p>`
      : [
          table(
            ['Item', 'Value'],
            [
              ['Estimated level range', mlps.levelRange],
              ['GB/T 22240-2020 matrix level', mlps.stdLevel === null || mlps.stdLevel === undefined ? 'unknown' : String(mlps.stdLevel)],
              ['2025 template level', mlps.t2025Level === null || mlps.t2025Level === undefined ? 'unknown' : String(mlps.t2025Level)],
              ['Declared level', mlps.declared],
            ].map((r) => r.map(esc)),
            'kv',
          ),
          '<h5>Floors applied</h5>',
          list(mlps.floorsApplied.map((f) => esc(f.text)), 'None.'),
          '<h5>Floors pending (not counted)</h5>',
          list(mlps.floorsPending.map((f) => esc(f.text)), 'None.'),
          '<h5>Warnings</h5>',
          list(mlps.warnings.map((w) => `${esc(w.code)}: ${esc(w.message)}`), 'None.'),
          '<h5>Basis</h5>',
          list(mlps.basis.map(esc), 'None recorded.'),
        ].join(''),
  });
  chapters.push({
    id: 'findings',
    title: 'Findings by exposure kind',
    body:
      model.findingGroups.length === 0
        ? '<p class="muted">No rule applies to this profile.</p>'
        : model.findingGroups.map((g) => `<h3 id="group-${g.kind}">${esc(g.title)}</h3>${g.findings.map(findingHtml).join('')}`).join(''),
  });
  chapters.push({
    id: 'mitigations',
    title: 'Mitigations and residual risk',
    body:
      (model.mitigations.length === 0
        ? '<p class="muted">No mitigation proposed.</p>'
        : table(
            ['Mitigation', 'Findings and decisions', 'What it does not achieve'],
            model.mitigations.map((m) => [
              `<strong>${esc(m.code)}</strong> ${esc(m.title)}${m.titleZh !== undefined ? `<br>${zh(m.titleZh)}` : ''}`,
              m.uses.map((u) => `${esc(u.ruleId)}: ${esc(u.statusText)}${u.note !== undefined ? ` (note: ${esc(u.note)})` : ''}`).join('<br>'),
              esc(m.limits ?? ''),
            ]),
          )) +
      `<p>${summary.hasResidual ? 'Residual scores (after agreed and implemented mitigations) are shown in the executive summary.' : 'Residual scores were not computed for this report.'}</p>`,
  });
  chapters.push({
    id: 'evidence',
    title: 'Evidence appendix',
    body:
      model.evidence.length === 0
        ? '<p class="muted">No evidence attached.</p>'
        : table(
            ['Id', 'File', 'SHA-256', 'Size (bytes)', 'Added', 'Findings', 'Note'],
            model.evidence.map((e) => [esc(e.id), esc(e.name), `<span class="hash">${esc(e.sha256)}</span>`, String(e.size), esc(e.addedAt), esc(e.ruleIds.join(', ')), esc(e.note ?? '')]),
          ),
  });
  chapters.push({
    id: 'assumptions',
    title: 'Assumptions and open questions',
    body: [
      '<h5>Unknown answers (open questions)</h5>',
      list(model.assumptions.openQuestions.map((q) => `${esc(q.path)}${q.ruleIds.length > 0 ? ` (settles ${esc(q.ruleIds.join(', '))})` : ''}`), 'None.'),
      "<h5>'Likely' answers to confirm</h5>",
      list(model.assumptions.conditionalAnswers.map((q) => `${esc(q.path)} (affects ${esc(q.ruleIds.join(', '))})`), 'None.'),
      '<h5>Uncertain points (U)</h5>',
      list(model.assumptions.uncertainPoints.map(esc), 'None.'),
    ].join(''),
  });
  const a = model.audit;
  chapters.push({
    id: 'audit',
    title: 'Audit summary',
    body:
      a.total === 0
        ? '<p class="muted">No audit entries supplied.</p>'
        : `<p>${a.total} recorded changes from ${esc(a.first ?? '')} to ${esc(a.last ?? '')} by ${esc(a.actors.join(', '))}. ${esc(a.byAction.map((b) => `${b.action}: ${b.count}`).join(', '))}.</p>` +
          table(['Time', 'Actor', 'Revision', 'Action', 'Change'], a.entries.map((e) => [esc(e.at), esc(e.actor), String(e.revision), esc(e.action), esc(e.description)])),
  });
  chapters.push({
    id: 'disclaimer',
    title: 'Not legal advice',
    body: `<div class="disclaimer">${model.disclaimer.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`,
  });

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
  if (cover.redactions.length > 0) coverRows.push(['Redactions', cover.redactions.join('; ')]);

  const toc = chapters
    .map((c, i) => {
      const sub =
        c.id === 'findings'
          ? `<ol>${model.findingGroups
              .map((g) => `<li><a href="#group-${g.kind}">${esc(g.title)}</a><ol>${g.findings.map((f) => `<li><a href="#${findingAnchor(f.ruleId)}">${esc(f.ruleId)} ${esc(f.title)}</a></li>`).join('')}</ol></li>`)
              .join('')}</ol>`
          : '';
      return `<li><a href="#${c.id}">${i + 1}. ${esc(c.title)}</a>${sub}</li>`;
    })
    .join('');

  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">`,
    `<title>${esc(title)}</title>`,
    `<style>${css(model, options).replace(/<\/style/gi, '<\\/style')}</style>`,
    '</head>',
    '<body>',
    '<section class="cover">',
    cover.marking !== undefined ? `<p class="marking">${esc(cover.marking)}</p>` : '',
    `<h1>${esc(cover.title)}<br>${esc(cover.reviewTitle)}</h1>`,
    table(['Item', 'Value'], coverRows.map(([k, v]) => [esc(k), esc(v)]), 'kv'),
    '</section>',
    `<nav class="toc"><h2>Contents</h2><ol>${toc}</ol></nav>`,
    ...chapters.map((c, i) => `<section class="chapter" id="${c.id}"><h2>${i + 1}. ${esc(c.title)}</h2>${c.body}</section>`),
    cover.marking !== undefined ? `<p class="marking-end"><strong>${esc(cover.marking)}</strong></p>` : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
