// HTML, CSV, XLSX and Word writers, each written and read back: every finding (REVIEW included) and every register
// column arrives, Chinese text survives, and the format-specific promises hold (no scripts, BOM and formula guard,
// frozen header, footnotes, East-Asian font).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv, guardCell } from '../../../../shared/report/csv';
import { toDocx } from '../../../../shared/report/docx';
import { fontFaceCss, fontFiles } from '../../../../shared/report/fonts';
import { toHtml } from '../../../../shared/report/html';
import { buildReport } from '../../../../shared/report/model';
import { REGISTER_COLUMNS } from '../../../../shared/report/register';
import { toXlsx } from '../../../../shared/report/xlsx';
import { assessment, evidenceSha, fullRedaction, INTERNAL_NOTE_TEXTS, noRedaction, reportInput, review } from './fixture';

const model = buildReport(reportInput(), noRedaction);
const ids = assessment.findings.map((f) => f.ruleId);

describe('toHtml', () => {
  const html = toHtml(model, { fontCss: fontFaceCss('http://airlock.invalid/fonts/') });

  it('is a script-free document with a restrictive CSP', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).toContain('script-src &#39;none&#39;');
  });

  it('contains every finding with an anchor in the table of contents, Chinese titles and the marking', () => {
    for (const f of assessment.findings) {
      expect(html).toContain(`id="finding-${f.ruleId}"`);
      expect(html).toContain(`href="#finding-${f.ruleId}"`);
      expect(html).toContain(f.titleZh ?? '');
    }
    expect(html).toContain('needs review');
    expect(html).toContain('Privileged &amp; Confidential — Attorney Work Product');
    expect(html).toContain('Art. 21 (2026 text: Art. 23)');
    expect(html).toContain('"Noto Sans SC"');
    expect(html).toContain('size:A4');
    expect(html).toContain(evidenceSha);
  });

  it('escapes user text', () => {
    const evil = buildReport(reportInput({ review: { ...review, title: '</style><script>alert(1)</script>' } }), noRedaction);
    const out = toHtml(evil);
    expect(out).not.toContain('<script>alert(1)</script>');
    expect(out).toContain('&lt;script&gt;');
  });

  it('can leave the running header to the printer', () => {
    expect(toHtml(model, { cssRunningHeader: false })).not.toContain('@top-center');
    expect(html).toContain('@top-center');
  });
});

describe('fontFaceCss', () => {
  it('builds unicode-range rules for Inter and Noto Sans SC under the base URL', () => {
    const css = fontFaceCss('app://airlock/fonts');
    expect(css).toContain("font-family:'Noto Sans SC'");
    expect(css).toContain("font-family:'Inter'");
    expect(css).toContain('url(app://airlock/fonts/noto-sans-sc/noto-sans-sc-');
    expect(css.match(/@font-face/g)?.length).toBe(fontFiles().length);
    // 网 (U+7F51) must be covered by some Noto Sans SC range
    expect(css).toMatch(/unicode-range:[^;]*U\+/);
  });
});

describe('toCsv', () => {
  const csv = toCsv(model);
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });

  it('starts with a UTF-8 BOM and has one row per finding with every column', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [head, ...rows] = parsed.data;
    expect(head).toEqual(REGISTER_COLUMNS.map(([, h]) => h));
    expect(rows.map((r) => r[0])).toEqual(ids);
    for (const r of rows) expect(r).toHaveLength(REGISTER_COLUMNS.length);
  });

  it('carries Chinese names, overrides, notes, trace and the catalogue version', () => {
    const col = (key: string): number => REGISTER_COLUMNS.findIndex(([k]) => k === key);
    const sc01 = parsed.data.find((r) => r[0] === 'SC-01') ?? [];
    expect(sc01[col('titleZh')]).toBe('定制开发的源代码及后门审查');
    expect(sc01[col('effectiveSeverity')]).toBe('critical');
    expect(sc01[col('overrideJustification')]).toMatch(/code deposit/);
    expect(sc01[col('instrumentsZh')]).toContain('《中华人民共和国网络安全法》');
    expect(sc01[col('instruments')]).toContain('CSL Art. 21 (2026 text: Art. 23)');
    expect(sc01[col('mitigations')]).toContain('M-DELTA Thin customer layer: agreed');
    expect(sc01[col('mitigationDecisionNotes')]).toContain('Plugin SDK already exists');
    expect(sc01[col('reviewerNote')]).toContain('4k LOC');
    expect(sc01[col('traceSummary')]).toContain('product.customization = bespoke_development');
    expect(sc01[col('catalogueVersion')]).toBe('2026.11.0');
    const da08 = parsed.data.find((r) => r[0] === 'DA-08') ?? [];
    expect(da08[col('outcomeText')]).toBe('needs review');
  });

  it('guards formula cells', () => {
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(guardCell(bad)).toBe(`'${bad}`);
    expect(guardCell('safe')).toBe('safe');
    const evil = buildReport(reportInput({ review: { ...review, decisions: { 'SC-01': { note: '=HYPERLINK("http://x")' } } } }), noRedaction);
    expect(toCsv(evil)).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('redaction removes notes from the register', () => {
    const red = toCsv(buildReport(reportInput(), fullRedaction));
    for (const t of INTERNAL_NOTE_TEXTS) expect(red).not.toContain(t);
    expect(red).toContain('code deposit');
  });
});

describe('toXlsx', () => {
  it('has a Findings sheet (bold frozen header, autofilter, one row per finding, every column), Summary and Profile', async () => {
    const bytes = await toXlsx(model);
    expect(bytes).toBeInstanceOf(Uint8Array);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const ws = wb.getWorksheet('Findings');
    expect(ws).toBeDefined();
    if (ws === undefined) return;
    expect(ws.rowCount).toBe(1 + ids.length);
    const header = ws.getRow(1);
    expect(header.font?.bold).toBe(true);
    expect(REGISTER_COLUMNS.map((_, i) => header.getCell(i + 1).text)).toEqual(REGISTER_COLUMNS.map(([, h]) => h));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const firstCol = Array.from({ length: ids.length }, (_, i) => ws.getRow(i + 2).getCell(1).text);
    expect(firstCol).toEqual(ids);
    const zhCol = REGISTER_COLUMNS.findIndex(([k]) => k === 'titleZh') + 1;
    expect(ws.getRow(3).getCell(zhCol).text).toBe('定制开发的源代码及后门审查');
    const summary = wb.getWorksheet('Summary');
    const summaryText = JSON.stringify(summary?.getSheetValues());
    expect(summaryText).toContain('REVIEW SC-03');
    expect(summaryText).toContain('REVIEW DA-08');
    expect(summaryText).toContain('not legal advice');
    const profile = wb.getWorksheet('Profile');
    expect(JSON.stringify(profile?.getSheetValues())).toContain('product.customization');
  }, 60_000);
});

describe('toDocx', () => {
  it('has headings, every finding, footnotes per citation, East-Asian font, marking header and page numbers', async () => {
    const bytes = await toDocx(model);
    const zip = await JSZip.loadAsync(bytes);
    const doc = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const footnotes = (await zip.file('word/footnotes.xml')?.async('string')) ?? '';
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    const partsOf = (re: RegExp): Promise<string[]> =>
      Promise.all(Object.keys(zip.files).filter((n) => re.test(n)).map((n) => zip.file(n)?.async('string') ?? Promise.resolve('')));
    const headers = await partsOf(/word\/header\d*\.xml/);
    const footers = await partsOf(/word\/footer\d*\.xml/);
    expect(headers.length).toBeGreaterThan(0);

    for (const f of assessment.findings) {
      expect(doc).toContain(f.ruleId);
      expect(doc).toContain(f.title.replace(/&/g, '&amp;'));
      expect(doc).toContain(f.titleZh ?? '');
    }
    expect(doc).toContain('w:val="Heading1"');
    expect(doc).toContain('w:val="Heading4"');
    expect(doc).toContain('needs review');
    const citations = assessment.findings.reduce((n, f) => n + f.legalBasis.length, 0);
    expect((doc.match(/<w:footnoteReference /g) ?? []).length).toBe(citations);
    expect(footnotes).toContain('《中华人民共和国网络安全法》');
    expect(footnotes).toContain('MPS Order No. 176');
    expect(footnotes).toContain('historical instrument');
    expect(doc + styles).toContain('w:eastAsia="Noto Sans SC"');
    const fontTable = (await zip.file('word/fontTable.xml')?.async('string')) ?? '';
    expect(fontTable).toContain('<w:font w:name="Noto Sans SC"><w:altName w:val="Microsoft YaHei"/><w:charset w:val="86"/>');
    expect(headers.join('')).toContain('Privileged &amp; Confidential');
    expect(doc).toContain('Privileged &amp; Confidential');
    expect(footers.join('')).toMatch(/NUMPAGES/);
    expect(footers.join('')).toMatch(/PAGE/);
    expect(Object.keys(zip.files).some((n) => n.startsWith('word/media/'))).toBe(false);
  }, 60_000);

  it('redaction removes internal notes and evidence names', async () => {
    const zip = await JSZip.loadAsync(await toDocx(buildReport(reportInput(), fullRedaction)));
    const doc = (await zip.file('word/document.xml')?.async('string')) ?? '';
    for (const t of INTERNAL_NOTE_TEXTS) expect(doc).not.toContain(t);
    expect(doc).not.toContain('acme-architecture-NDA.pdf');
    expect(doc).toContain(evidenceSha);
  }, 60_000);
});
