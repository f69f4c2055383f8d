/**
 * The command's report formats use the app's writers: CSV and XLSX registers carry one row per finding (REVIEW
 * included), the Word memo names every finding, HTML is self-contained. (PDF: test/unit/cli/pdf.test.ts prints the
 * same HTML through Chromium.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/run';
import { assessRaw, loadFixture } from '../shared/cases/support';
import { FIXTURES, capturedIo, filesUnder, tempDir } from './support';

const findingIds = assessRaw(loadFixture('ac-07.yaml')).findings.map((f) => f.ruleId);

async function run(format: string, ...extra: string[]): Promise<Buffer> {
  const dir = tempDir();
  const io = capturedIo();
  expect(await runCli([join(FIXTURES, 'ac-07.yaml'), '--format', format, '--out', dir, ...extra], io)).toBe(0);
  const files = filesUnder(dir);
  expect(files).toHaveLength(1);
  return readFileSync(join(dir, files[0] ?? ''));
}

describe('report formats of the command', () => {
  it('csv: the findings register, one row per finding, REVIEW findings included', async () => {
    const text = (await run('csv')).toString('utf8').replace(/^\uFEFF/, '');
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(findingIds.length);
    const firstColumn = Object.keys(rows[0] ?? {})[0] ?? '';
    expect(rows.map((r) => r[firstColumn])).toEqual(findingIds);
    expect(text).toMatch(/needs review/i);
  });

  it('xlsx: a Findings sheet with one row per finding', async () => {
    const wb = new ExcelJS.Workbook();
    const bytes = await run('xlsx');
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = wb.getWorksheet('Findings');
    expect(sheet?.actualRowCount).toBe(findingIds.length + 1);
  });

  it('docx: a Word document naming every finding', async () => {
    const zip = await JSZip.loadAsync(await run('docx'));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    for (const id of findingIds) expect(xml, id).toContain(id);
  });

  it('--marking puts the confidentiality marking on the Word memo and the HTML report; without it there is none', async () => {
    const marking = 'Privileged & Confidential — Attorney Work Product';
    const zip = await JSZip.loadAsync(await run('docx', '--marking', marking));
    const parts = Object.keys(zip.files).filter((n) => /^word\/(document|header\d*)\.xml$/.test(n));
    const docxText = await Promise.all(parts.map(async (n) => (await zip.file(n)?.async('string')) ?? ''));
    expect(docxText.join('')).toContain('Privileged &amp; Confidential — Attorney Work Product');
    expect((await run('html', '--marking', marking)).toString('utf8')).toContain('Privileged &amp; Confidential — Attorney Work Product');
    expect((await run('html')).toString('utf8')).not.toContain('Privileged');
  });

  it('html: self-contained, no external resource', async () => {
    const html = (await run('html')).toString('utf8');
    for (const id of findingIds) expect(html, id).toContain(id);
    expect(html).not.toMatch(/<script|src="http|href="http|url\(http/i);
  });
});
