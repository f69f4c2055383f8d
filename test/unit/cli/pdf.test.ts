// PDF export: the report printed by headless Chromium (JavaScript off, network refused) and read back with pdfjs:
// every finding id (REVIEW included), Chinese text, the CJK font embedded, running marking and page numbers.
// Skipped only when no Chromium binary is installed.
import { existsSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { renderPdf, reportPdf } from '../../../cli/pdf';
import { buildReport } from '../../../shared/report/model';
import { assessment, noRedaction, reportInput } from '../shared/report/fixture';

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
