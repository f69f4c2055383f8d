// PDF export: the report printed by headless Chromium (JavaScript off, network refused) and read back with pdfjs:
// every finding id (REVIEW included), Chinese text, the CJK font embedded, running marking and page numbers, and a
// Chinese title and marking in the running header of every page, printed in Noto Sans SC (not as empty boxes).
// Skipped only when no Chromium binary is installed.
import { existsSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { renderPdf, reportPdf } from '../../../cli/pdf';
import { buildReport } from '../../../shared/report/model';
import { assessment, noRedaction, reportInput, review } from '../shared/report/fixture';

const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('') + '\n';
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, text };
}

/** Text without whitespace. */
const compact = (s: string): string => s.replace(/\s+/g, '');

/** Points in a millimetre (PDF user space). */
const PT_PER_MM = 72 / 25.4;

interface PageBands {
  /** Text in the top margin (the running header), in reading order. */
  readonly header: string;
  /** Names of the fonts the header text is set in, e.g. "BAAAAA+NotoSansSCThin-Regular". */
  readonly headerFonts: readonly string[];
  /** Text in the bottom margin (the footer). */
  readonly footer: string;
}

/** The header and footer bands (the 20 mm page margins) of every page, with the fonts the header uses. */
async function marginBands(bytes: Uint8Array): Promise<PageBands[]> {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const out: PageBands[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    await page.getOperatorList(); // loads the page's fonts into commonObjs
    const height = page.getViewport({ scale: 1 }).height;
    const items = (await page.getTextContent()).items.flatMap((item) => ('str' in item && item.str.trim() !== '' ? [item] : []));
    const top = items.filter((item) => (item.transform[5] as number) > height - 20 * PT_PER_MM);
    const bottom = items.filter((item) => (item.transform[5] as number) < 20 * PT_PER_MM);
    const fontName = (id: string): string => (page.commonObjs.get(id) as { name?: string }).name ?? id;
    out.push({
      header: top.map((item) => item.str).join(''),
      headerFonts: [...new Set(top.map((item) => fontName(item.fontName)))],
      footer: bottom.map((item) => item.str).join(''),
    });
  }
  await doc.destroy();
  return out;
}

describe.skipIf(!existsSync(chromiumPath))('renderPdf', () => {
  it('prints every finding, Chinese text with an embedded Noto Sans SC, the marking and page X of Y', async () => {
    const bytes = await reportPdf(buildReport(reportInput(), noRedaction), { executablePath: chromiumPath });
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const raw = new TextDecoder('latin1').decode(bytes);
    expect(raw).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+NotoSansSC/);
    expect(raw).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+Inter/);

    const { pages, text } = await pdfText(bytes);
    const compact = text.replace(/\s+/g, '');
    for (const f of assessment.findings) expect(text).toContain(f.ruleId);
    expect(compact).toContain('网络安全法');
    expect(compact).toContain('定制开发的源代码及后门审查');
    expect(text).toContain('needs review');
    expect(text).toContain('Privileged & Confidential');
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain('not legal advice');
  }, 180_000);

  it('prints a Chinese title and marking in the running header of every page, in an embedded Noto Sans SC', async () => {
    const chineseReview = { ...review, title: '数据中心迁移评估', vendorName: '某某云平台', productName: '安全网关' };
    const model = buildReport(reportInput({ review: chineseReview }), { ...noRedaction, marking: '机密' });
    const bytes = await reportPdf(model, { executablePath: chromiumPath });

    const pages = await marginBands(bytes);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      // pdfjs drops the spaces where the font changes (Noto Sans SC ↔ Inter), so spaces are not compared.
      expect(compact(page.header)).toBe(compact('机密 — 某某云平台 · 安全网关 — 数据中心迁移评估'));
      // Every glyph of the header comes from the report fonts; a missing CJK font would show a system fallback here.
      expect(page.headerFonts.length).toBeGreaterThan(0);
      for (const font of page.headerFonts) expect(font).toMatch(/^[A-Z]{6}\+(NotoSansSC|Inter)/);
      expect(page.headerFonts.some((font) => /NotoSansSC/.test(font))).toBe(true);
      expect(page.footer).toBe(`Page ${i + 1} of ${pages.length}`);
    });
  }, 180_000);

  it('escapes a title that looks like markup or CSS, and prints it as written', async () => {
    const title = 'A "quoted" <b>bold</b> & \\ back</style>slash';
    const html = '<!DOCTYPE html><html><head><title>t</title></head><body><p>body text</p></body></html>';
    const bytes = await renderPdf(html, { title, marking: 'Internal', executablePath: chromiumPath });
    const [page] = await marginBands(bytes);
    expect(page?.header).toBe(`Internal — ${title}`);
    expect(page?.footer).toBe('Page 1 of 1');
    const { text } = await pdfText(bytes);
    expect(text).toContain('body text');
  }, 180_000);

  it('refuses every outside request and runs no script', async () => {
    const blocked: string[] = [];
    const html =
      '<!DOCTYPE html><html><body><p>static text</p><img src="https://example.com/beacon.png">' +
      '<link rel="stylesheet" href="http://tracker.example/x.css"><script>document.write("SCRIPT RAN")</script></body></html>';
    const bytes = await renderPdf(html, { title: 'probe', executablePath: chromiumPath, onBlocked: (u) => blocked.push(u) });
    const { text } = await pdfText(bytes);
    expect(text).toContain('static text');
    expect(text).not.toContain('SCRIPT RAN');
    expect(blocked).toEqual(expect.arrayContaining(['https://example.com/beacon.png', 'http://tracker.example/x.css']));
  }, 180_000);
});
