/**
 * Markdown writer: the whole report model as GitHub-flavoured Markdown (tables, headings). Used by the CLI
 * (`--format md`) and as a plain-text export. Prints every finding, including every REVIEW one.
 */
import type { ReportFinding, ReportModel } from './types';

/** Escapes text for a Markdown paragraph (keeps it readable; neutralises markup and raw HTML). */
export function mdText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/([*_`[\]<>#|])/g, '\\$1').replace(/\r?\n/g, '  \n');
}

function cell(s: string): string {
  return mdText(s).replace(/ {2}\n/g, '<br>');
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const out = [`| ${head.map(cell).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const r of rows) out.push(`| ${r.map(cell).join(' | ')} |`);
  return out.join('\n');
}

function findingMd(f: ReportFinding): string {
  const out: string[] = [];
  out.push(`#### ${mdText(f.ruleId)} — ${mdText(f.title)}`);
  if (f.titleZh !== undefined) out.push(mdText(f.titleZh));
  const rows: string[][] = [
    ['Outcome', f.outcomeText],
    ['Severity (engine)', f.severityText],
  ];
  if (f.severityReason !== undefined) rows.push(['Severity reason', f.severityReason]);
  if (f.override !== undefined) {
    rows.push(['Reviewer override', `${f.override.severity}, by ${f.override.by} on ${f.override.at}`]);
    rows.push(['Override justification', f.override.justification]);
  }
  rows.push(['Effective severity', f.effectiveSeverityText]);
  rows.push(['Confidence', f.confidenceText]);
  rows.push(['Exposure', f.exposureText]);
  if (f.conditionalOn.length > 0) rows.push(["Depends on 'likely' answers", f.conditionalOn.join(', ')]);
  if (f.reviewReasons.length > 0) rows.push(['Needs review because', f.reviewReasons.join('; ')]);
  if (f.question !== undefined) rows.push(['Open question', f.question]);
  rows.push(['Rule version', String(f.ruleVersion)]);
  out.push(table(['Field', 'Value'], rows));
  if (f.override !== undefined) out.push(`**Severity overridden by the reviewer** to ${mdText(f.override.severity)}: ${mdText(f.override.justification)}`);
  if (f.notice !== undefined) out.push(`> **Notice:** ${mdText(f.notice)}`);
  if (f.noticeZh !== undefined) out.push(`> **提示：** ${mdText(f.noticeZh)}`);
  out.push('**Legal basis**');
  out.push(
    f.legalBasis.length === 0
      ? '_No citation._'
      : f.legalBasis
          .map((c) => `- ${mdText(c.text)}${c.historical ? ' — **historical, not current law**' : ''}`)
          .join('\n'),
  );
  if (f.rationale !== undefined) out.push(`**Rationale.** ${mdText(f.rationale)}`);
  if (f.rationaleZh !== undefined) out.push(`**理由.** ${mdText(f.rationaleZh)}`);
  out.push('**Why (trace)**');
  out.push(
    f.trace.length === 0
      ? '_No trace._'
      : table(['Field', 'Value', 'Test', 'Result'], f.trace.map((t) => [t.field, t.value, t.test, t.resultText])),
  );
  out.push('**Mitigations**');
  const ms = f.mitigations.map(
    (m) =>
      `- ${mdText(m.code)} ${mdText(m.title)}${m.titleZh !== undefined ? ` (${mdText(m.titleZh)})` : ''}: **${mdText(m.statusText)}**` +
      (m.decidedBy !== undefined ? ` (${mdText(m.decidedBy)}${m.decidedAt !== undefined ? `, ${mdText(m.decidedAt)}` : ''})` : '') +
      (m.note !== undefined ? ` — note: ${mdText(m.note)}` : ''),
  );
  for (const n of f.mitigationNotes) ms.push(`- ${mdText(n)}`);
  out.push(ms.length === 0 ? '_None proposed._' : ms.join('\n'));
  if (f.reviewerNote !== undefined) out.push(`**Reviewer note.** ${mdText(f.reviewerNote)}`);
  return out.join('\n\n');
}

/** Renders the report model as Markdown. */
export function toMarkdown(model: ReportModel): string {
  const { cover, summary, profile, mlps } = model;
  const out: string[] = [];
  if (cover.marking !== undefined) out.push(`**${mdText(cover.marking)}**`);
  out.push(`# ${mdText(cover.title)}: ${mdText(cover.reviewTitle)}`);
  out.push(
    table(
      ['Field', 'Value'],
      [
        ['Vendor', cover.vendor],
        ['Product', cover.product],
        ['Reviewer', cover.reviewer],
        ['Date', cover.generatedAt],
        ['Catalogue version', cover.catalogueVersion],
        ['Engine version', cover.engineVersion],
        ['Airlock version', cover.appVersion],
        ['Review', `${cover.reviewId} (revision ${cover.revision})`],
        ...(cover.marking !== undefined ? [['Marking', cover.marking]] : []),
        ...(cover.redactions.length > 0 ? [['Redactions', cover.redactions.join('; ')]] : []),
      ],
    ),
  );

  out.push('## 1. Executive summary');
  out.push(
    [
      `- **Estimated MLPS level:** ${mdText(summary.levelRange)}${summary.mlpsNotApplicable !== undefined ? ` — ${mdText(summary.mlpsNotApplicable)}` : ''}`,
      `- **Findings:** ${model.findings.length} (${summary.countsByOutcome.fire} fire, ${summary.countsByOutcome.conditional} conditional, ${summary.countsByOutcome.review} need review)`,
      `- **By effective severity:** critical ${summary.countsBySeverity.critical}, high ${summary.countsBySeverity.high}, medium ${summary.countsBySeverity.medium}, low ${summary.countsBySeverity.low}, info ${summary.countsBySeverity.info}, none (derivation) ${summary.countsBySeverity.none}`,
      `- **Reviewer severity overrides:** ${summary.overrides}`,
    ].join('\n'),
  );
  out.push('### Top exposures');
  out.push(
    summary.topExposures.length === 0
      ? '_No exposure finding fires._'
      : summary.topExposures.map((f) => `- **${mdText(f.ruleId)}** ${mdText(f.title)}: ${mdText(f.effectiveSeverityText)}; ${mdText(f.outcomeText)}`).join('\n'),
  );
  out.push('### Scores');
  out.push(
    table(
      summary.hasResidual ? ['Index', 'Score', 'Residual (after mitigations)'] : ['Index', 'Score'],
      summary.scores.map((s) => (summary.hasResidual ? [s.label, String(s.value), s.residual === undefined ? '' : String(s.residual)] : [s.label, String(s.value)])),
    ),
  );
  out.push('### Items needing answers (REVIEW)');
  out.push(
    summary.reviewItems.length === 0
      ? '_None._'
      : summary.reviewItems.map((f) => `- **${mdText(f.ruleId)}** ${mdText(f.title)}: ${mdText(f.reviewReasons.join('; ') || 'needs review')}. ${mdText(f.question ?? '')}`).join('\n'),
  );

  out.push('## 2. Profile summary');
  for (const s of profile.sections) {
    out.push(`### ${mdText(s.title)}`);
    out.push(s.fields.length === 0 ? '_No answers._' : table(['Field', 'Path', 'Answer'], s.fields.map((f) => [f.label, f.path, f.value])));
  }
  if (profile.sectionsMissing.length > 0) out.push(`Sections not described (not assessed): ${mdText(profile.sectionsMissing.join(', '))}.`);

  out.push('## 3. MLPS grading rationale');
  if (!mlps.applicable) {
    out.push(`**N/A.** ${mdText(mlps.notApplicableReason ?? '')}`);
  } else {
    out.push(
      table(
        ['Item', 'Value'],
        [
          ['Estimated level range', mlps.levelRange],
          ['GB/T 22240-2020 matrix level', mlps.stdLevel === null || mlps.stdLevel === undefined ? 'unknown' : String(mlps.stdLevel)],
          ['2025 template level', mlps.t2025Level === null || mlps.t2025Level === undefined ? 'unknown' : String(mlps.t2025Level)],
          ['Declared level', mlps.declared],
        ],
      ),
    );
    out.push('**Floors applied**');
    out.push(mlps.floorsApplied.length === 0 ? '_None._' : mlps.floorsApplied.map((f) => `- ${mdText(f.text)}`).join('\n'));
    out.push('**Floors pending (not counted)**');
    out.push(mlps.floorsPending.length === 0 ? '_None._' : mlps.floorsPending.map((f) => `- ${mdText(f.text)}`).join('\n'));
    out.push('**Warnings**');
    out.push(mlps.warnings.length === 0 ? '_None._' : mlps.warnings.map((w) => `- ${mdText(w.code)}: ${mdText(w.message)}`).join('\n'));
    out.push('**Basis**');
    out.push(mlps.basis.length === 0 ? '_None recorded._' : mlps.basis.map((b) => `- ${mdText(b)}`).join('\n'));
  }

  out.push('## 4. Findings by exposure kind');
  if (model.findingGroups.length === 0) out.push('_No rule applies to this profile._');
  for (const g of model.findingGroups) {
    out.push(`### ${mdText(g.title)}`);
    for (const f of g.findings) out.push(findingMd(f));
  }

  out.push('## 5. Mitigations and residual risk');
  out.push(
    model.mitigations.length === 0
      ? '_No mitigation proposed._'
      : model.mitigations
          .map(
            (m) =>
              `- **${mdText(m.code)}** ${mdText(m.title)}${m.titleZh !== undefined ? ` (${mdText(m.titleZh)})` : ''}: ` +
              m.uses.map((u) => `${mdText(u.ruleId)} ${mdText(u.statusText)}${u.note !== undefined ? ` (note: ${mdText(u.note)})` : ''}`).join('; ') +
              (m.limits !== undefined ? `. Limits: ${mdText(m.limits)}` : ''),
          )
          .join('\n'),
  );
  out.push(
    summary.hasResidual
      ? 'Residual scores (after agreed and implemented mitigations) are shown in the executive summary.'
      : 'Residual scores were not computed for this report.',
  );

  out.push('## 6. Evidence appendix');
  out.push(
    model.evidence.length === 0
      ? '_No evidence attached._'
      : table(
          ['Id', 'File', 'SHA-256', 'Size (bytes)', 'Added', 'Findings', 'Note'],
          model.evidence.map((e) => [e.id, e.name, e.sha256, String(e.size), e.addedAt, e.ruleIds.join(', '), e.note ?? '']),
        ),
  );

  out.push('## 7. Assumptions and open questions');
  out.push('**Unknown answers (open questions)**');
  out.push(
    model.assumptions.openQuestions.length === 0
      ? '_None._'
      : model.assumptions.openQuestions.map((q) => `- ${mdText(q.path)}${q.ruleIds.length > 0 ? ` (settles ${mdText(q.ruleIds.join(', '))})` : ''}`).join('\n'),
  );
  out.push("**'Likely' answers to confirm**");
  out.push(
    model.assumptions.conditionalAnswers.length === 0
      ? '_None._'
      : model.assumptions.conditionalAnswers.map((q) => `- ${mdText(q.path)} (affects ${mdText(q.ruleIds.join(', '))})`).join('\n'),
  );
  out.push('**Uncertain points (U)**');
  out.push(model.assumptions.uncertainPoints.length === 0 ? '_None._' : model.assumptions.uncertainPoints.map((u) => `- ${mdText(u)}`).join('\n'));

  out.push('## 8. Audit summary');
  const a = model.audit;
  out.push(
    a.total === 0
      ? '_No audit entries supplied._'
      : `${a.total} recorded changes from ${mdText(a.first ?? '')} to ${mdText(a.last ?? '')} by ${mdText(a.actors.join(', '))}. ` +
          a.byAction.map((b) => `${mdText(b.action)}: ${b.count}`).join(', ') +
          '.',
  );
  if (a.total > 0) out.push(table(['Time', 'Actor', 'Revision', 'Action', 'Change'], a.entries.map((e) => [e.at, e.actor, String(e.revision), e.action, e.description])));

  out.push('## 9. Not legal advice');
  out.push(model.disclaimer.map(mdText).join('\n\n'));
  if (cover.marking !== undefined) out.push(`**${mdText(cover.marking)}**`);
  return out.join('\n\n') + '\n';
}
