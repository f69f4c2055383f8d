// Every writer over real engine assessments of the acceptance-case profiles: each finding (REVIEW included) reaches
// Markdown, HTML, CSV, XLSX and Word; every CSL citation prints both numberings; the bundle of a real assessment
// passes the strict importer and round-trips deep-equal.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseBundle } from '../../../../shared/bundle/parse';
import { INSTRUMENTS } from '../../../../shared/catalogue/instruments';
import { MITIGATIONS } from '../../../../shared/catalogue/mitigations';
import { assess } from '../../../../shared/engine/assess';
import { computeResidualScores } from '../../../../shared/engine/scores';
import type { Profile } from '../../../../shared/profile/types';
import { toCsv } from '../../../../shared/report/csv';
import { toDocx } from '../../../../shared/report/docx';
import { toHtml } from '../../../../shared/report/html';
import { buildBundle, toBundleJson } from '../../../../shared/report/json';
import { toMarkdown } from '../../../../shared/report/markdown';
import { buildReport } from '../../../../shared/report/model';
import { toXlsx } from '../../../../shared/report/xlsx';
import type { Review } from '../../../../shared/review/types';
import { noRedaction } from './fixture';

const dir = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'profiles');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

describe.each(files)('real assessment of %s', (file) => {
  const profile = parseYaml(readFileSync(join(dir, file), 'utf8')) as Profile;
  const assessment = assess(profile);
  const review: Review = {
    id: `rev-${file.replace(/\W/g, '-')}`,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    archivedAt: null,
    title: `Case ${file}`,
    vendorName: 'Vendor',
    productName: 'Product',
    profile,
    decisions: {},
    catalogueVersion: assessment.catalogueVersion,
    revision: 1,
  };
  const model = buildReport(
    {
      review,
      assessment,
      instruments: INSTRUMENTS,
      mitigations: MITIGATIONS,
      residual: computeResidualScores(assessment.findings, () => false),
      reviewer: 'Tester',
      generatedAt: '2026-11-27T12:00:00.000Z',
      appVersion: '0.1.0',
    },
    noRedaction,
  );
  const ids = assessment.findings.map((f) => f.ruleId);

  it('prints every finding in Markdown and HTML, and every CSL citation with both numbers', () => {
    const md = toMarkdown(model);
    const html = toHtml(model);
    for (const f of assessment.findings) {
      expect(md).toContain(f.ruleId);
      expect(html).toContain(`id="finding-${f.ruleId}"`);
    }
    const reviewIds = assessment.findings.filter((f) => f.outcome === 'review').map((f) => f.ruleId);
    expect(model.summary.reviewItems.map((f) => f.ruleId)).toEqual(reviewIds);
    for (const c of model.findings.flatMap((f) => f.legalBasis)) {
      if (c.instrumentId === 'CSL') expect(c.articles ?? '').toMatch(/2026 text/);
      expect(c.status).not.toBe('unknown');
    }
  });

  it('writes one register row per finding to CSV and XLSX, and every finding to Word', async () => {
    const rows = Papa.parse<string[]>(toCsv(model).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.slice(1);
    expect(rows.map((r) => r[0])).toEqual(ids);
    const wb = new ExcelJS.Workbook();
    const xlsx = await toXlsx(model);
    await wb.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
    expect(wb.getWorksheet('Findings')?.rowCount).toBe(ids.length + 1);
    const doc = (await (await JSZip.loadAsync(await toDocx(model))).file('word/document.xml')?.async('string')) ?? '';
    for (const id of ids) expect(doc).toContain(id);
  }, 60_000);

  it('exports a bundle the strict importer accepts and reads back deep-equal', () => {
    const bundle = buildBundle({ review, assessment, audit: [], exportedAt: '2026-11-27T12:00:00.000Z', appVersion: '0.1.0' });
    const r = parseBundle(toBundleJson(bundle), { maxBytes: 50 * 1024 * 1024 });
    if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 5)));
    expect(r.bundle).toEqual(JSON.parse(JSON.stringify(bundle)));
  });
});
