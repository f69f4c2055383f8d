// The report model and the Markdown writer: every finding (REVIEW included) with its fields reaches the text,
// CSL citations carry both numbers, overrides are visible, and redaction removes exactly what it says.
import { describe, expect, it } from 'vitest';
import { buildReport, VENDOR_CONFIDENTIAL_FIELDS } from '../../../../shared/report/model';
import { toMarkdown } from '../../../../shared/report/markdown';
import { assessment, evidenceSha, fullRedaction, INTERNAL_NOTE_TEXTS, noRedaction, reportInput } from './fixture';

describe('buildReport', () => {
  const model = buildReport(reportInput(), noRedaction);

  it('keeps every finding and lists every REVIEW finding in the executive summary (I-11)', () => {
    expect(model.findings.map((f) => f.ruleId)).toEqual(assessment.findings.map((f) => f.ruleId));
    expect(model.summary.reviewItems.map((f) => f.ruleId)).toEqual(['SC-03', 'DA-08']);
    expect(model.summary.countsByOutcome).toEqual({ fire: 3, conditional: 1, review: 2 });
    const grouped = model.findingGroups.flatMap((g) => g.findings.map((f) => f.ruleId)).sort();
    expect(grouped).toEqual(assessment.findings.map((f) => f.ruleId).sort());
  });

  it('words outcomes, qualified severities and overrides', () => {
    const byId = new Map(model.findings.map((f) => [f.ruleId, f]));
    expect(byId.get('IN-01')?.outcomeText).toBe("fires if a 'likely' answer is confirmed");
    expect(byId.get('IN-01')?.severityText).toBe('high (medium if customer.cii_status is not confirmed)');
    expect(byId.get('DA-08')?.severityText).toBe('high if confirmed (critical if a pending condition is confirmed)');
    expect(byId.get('DA-08')?.outcomeText).toBe('needs review');
    expect(byId.get('SC-01')?.effectiveSeverity).toBe('critical');
    expect(byId.get('SC-01')?.override?.justification).toMatch(/code deposit/);
    expect(byId.get('G-01')?.severityText).toBe('n/a (derivation rule)');
    expect(model.summary.topExposures[0]?.ruleId).toBe('SC-01');
  });

  it('cites the CSL with both numberings and flags historical instruments', () => {
    const sc01 = model.findings.find((f) => f.ruleId === 'SC-01');
    expect(sc01?.legalBasis.find((c) => c.short === 'CSL')?.articles).toBe('Art. 21 (2026 text: Art. 23)');
    const in01 = model.findings.find((f) => f.ruleId === 'IN-01');
    expect(in01?.legalBasis.find((c) => c.instrumentId === 'CSL')?.articles).toBe('Art. 20 (2026 text; no 2017 equivalent)');
    expect(in01?.legalBasis.find((c) => c.instrumentId === 'MPS-ORDER-151')?.historical).toBe(true);
    expect(model.assumptions.uncertainPoints.some((p) => p.includes('MPS Order No. 151') && p.includes('historical'))).toBe(true);
  });

  it('lists unknown answers as open questions with the rules they settle', () => {
    expect(model.assumptions.openQuestions).toContainEqual(expect.objectContaining({ path: 'ops.remote_maintenance', ruleIds: ['DA-08'] }));
    expect(model.assumptions.conditionalAnswers).toContainEqual(expect.objectContaining({ path: 'customer.cii_status', ruleIds: ['IN-01'] }));
    expect(model.summary.reviewItems.find((f) => f.ruleId === 'DA-08')?.question).toMatch(/ops\.remote_maintenance/);
  });

  it('says N/A with the reason when MLPS does not apply', () => {
    const na = buildReport(reportInput({ assessment: { ...assessment, mlps: null, mlpsNotApplicable: 'system.graded_in_cn is false' } }), noRedaction);
    expect(na.mlps.levelRange).toBe('N/A');
    expect(toMarkdown(na)).toContain('system.graded\\_in\\_cn is false');
  });
});

describe('toMarkdown', () => {
  const md = toMarkdown(buildReport(reportInput(), noRedaction));

  it('prints every finding id, English and Chinese title, and the REVIEW wording', () => {
    for (const f of assessment.findings) {
      expect(md).toContain(f.ruleId);
      expect(md).toContain(f.titleZh ?? '');
    }
    expect(md).toContain('CII: source-code security test report for custom software');
    expect(md).toContain('needs review');
    expect(md).toContain('《中华人民共和国网络安全法》');
    expect(md).toContain('Art. 21 (2026 text: Art. 23)');
    expect(md).toContain('Crypto authorities may not require disclosure of source code.');
    expect(md).toContain('密码管理部门不得要求披露源代码。');
    expect(md).toContain("on the facts alone it fires if a 'likely' answer is confirmed");
  });

  it('prints the override, notes, marking, evidence hash, audit and the not-legal-advice statement', () => {
    expect(md).toContain('Severity overridden by the reviewer');
    for (const t of INTERNAL_NOTE_TEXTS) expect(md).toContain(t);
    expect(md).toContain('Privileged & Confidential — Attorney Work Product');
    expect(md).toContain(evidenceSha);
    expect(md).toContain('acme-architecture-NDA.pdf');
    expect(md).toContain('## 8. Audit summary');
    expect(md).toContain('This report is not legal advice');
    expect(md).toContain('Residual (after mitigations)');
  });

  it('redaction removes internal notes, evidence names and vendor-confidential answers, and keeps justifications and hashes', () => {
    const red = toMarkdown(buildReport(reportInput(), fullRedaction));
    for (const t of INTERNAL_NOTE_TEXTS) expect(red).not.toContain(t);
    expect(red).not.toContain('acme-architecture-NDA.pdf');
    expect(red).toContain(evidenceSha);
    expect(red).toContain('code deposit with the PSB lab');
    expect(red).toContain('| Product: telemetry | product.telemetry | \\[redacted\\] |');
    expect(red).toContain('| product.telemetry | \\[redacted\\] |'); // the why-trace value too
    expect(red).not.toMatch(/telemetry = content/);
    expect(red).not.toContain('support\\_engineering');
    expect(red).toContain('bespoke\\_development'); // not vendor-confidential
    expect(VENDOR_CONFIDENTIAL_FIELDS).toContain('product.telemetry');
    expect(red).toContain('DA-08'); // the finding stays
  });

  it('escapes Markdown control characters in user text', () => {
    const evil = reportInput({ review: { ...reportInput().review, title: 'A | B <script>' } });
    const out = toMarkdown(buildReport(evil, noRedaction));
    expect(out).toContain('A \\| B \\<script\\>');
    expect(out).not.toContain('<script>');
  });
});
