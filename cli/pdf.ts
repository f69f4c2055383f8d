/**
 * PDF rendering for the CLI and tests: prints the report HTML (shared/report/html.ts) with headless Chromium via
 * playwright-core. JavaScript is disabled, and every request is refused except a fake origin
 * (http://airlock.invalid/) that serves the report and the @fontsource font files, so nothing can leave the machine.
 * The running header and footer are CSS page-margin boxes added by shared/report/running-header.ts, which the desktop
 * app uses too.
 * The desktop app prints the same HTML through its pdf:render channel.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { fontFaceCss } from '../shared/report/fonts';
import { toHtml } from '../shared/report/html';
import { PDF_PAGE_MARGINS_MM, reportHeaderTitle, withRunningHeader } from '../shared/report/running-header';
import type { ReportModel } from '../shared/report/types';
import { fontFilePath } from './report-assets';

/** The fake origin the report is served from. `.invalid` never resolves, so a missed route cannot reach a network. */
export const REPORT_ORIGIN = 'http://airlock.invalid';
/** Base URL of the report fonts on that origin. */
export const FONT_BASE_URL = `${REPORT_ORIGIN}/fonts/`;

export interface PdfOptions {
  /** Report title for the running header. */
  readonly title: string;
  /** Confidentiality marking for the running header. */
  readonly marking?: string;
  /** Chromium binary; default CHROMIUM_PATH or /usr/bin/chromium. */
  readonly executablePath?: string;
  /** Give up after this long (default 120 s). */
  readonly timeoutMs?: number;
  /** Told about every request that was refused (for logs and tests). */
  readonly onBlocked?: (url: string) => void;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--mute-audio',
];

/**
 * Prints HTML to an A4 PDF with the running header (marking — title) and "Page X of Y" footer of
 * shared/report/running-header.ts, printed in the page's own fonts, so a Chinese title or marking prints too.
 */
export async function renderPdf(html: string, options: PdfOptions): Promise<Uint8Array> {
  const printedHtml = withRunningHeader(html, { title: options.title, marking: options.marking });
  const timeout = options.timeoutMs ?? 120_000;
  const browser = await chromium.launch({
    executablePath: options.executablePath ?? process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    timeout,
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block', acceptDownloads: false, bypassCSP: false });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url === `${REPORT_ORIGIN}/report.html`) {
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: printedHtml });
        return;
      }
      if (url.startsWith(FONT_BASE_URL)) {
        const path = fontFilePath(url.slice(FONT_BASE_URL.length));
        if (path !== null) {
          await route.fulfill({ status: 200, contentType: 'font/woff2', body: readFileSync(path) });
          return;
        }
      }
      options.onBlocked?.(url);
      await route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    await page.goto(`${REPORT_ORIGIN}/report.html`, { waitUntil: 'load' });
    // Utility-world evaluation works with page scripts disabled; it only waits for the web fonts to settle.
    await page.evaluate(() => document.fonts.ready.then(() => undefined)).catch(() => undefined);
    const m = PDF_PAGE_MARGINS_MM;
    const pdf = await page.pdf({
      format: 'A4',
      // The header and footer are CSS page-margin boxes of the page itself (see running-header.ts), not templates.
      displayHeaderFooter: false,
      printBackground: true,
      margin: { top: `${m.top}mm`, bottom: `${m.bottom}mm`, left: `${m.left}mm`, right: `${m.right}mm` },
      outline: true,
      tagged: true,
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await browser.close();
  }
}

/** Report model → PDF bytes: the HTML writer with the served fonts, printed by `renderPdf`. */
export async function reportPdf(model: ReportModel, options: Omit<PdfOptions, 'title' | 'marking'> = {}): Promise<Uint8Array> {
  const html = toHtml(model, { fontCss: fontFaceCss(FONT_BASE_URL), cssRunningHeader: false });
  return renderPdf(html, {
    ...options,
    title: reportHeaderTitle(model.cover),
    ...(model.cover.marking !== undefined ? { marking: model.cover.marking } : {}),
  });
}
