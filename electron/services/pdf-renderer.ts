/**
 * Turns an HTML report into PDF bytes in a hidden, script-free window: register the page in memory, load it from its
 * app:// URL, print, and always clean up (window destroyed, page forgotten, timer cleared), even on error or timeout.
 * Jobs run one at a time. The window itself is made by an injected factory (main/pdf.ts), so this runs in plain Node.
 * The running header (marking — title) and "Page X of Y" footer are CSS page-margin boxes added to the page by
 * shared/report/running-header.ts, the same as the command's PDFs, so they print in the report's own fonts
 * (a Chinese title or marking included).
 */
import type { PrintToPDFOptions } from 'electron';
import type { RenderPdfRequest, RenderPdfResult } from '../../shared/ipc/contract';
import { PDF_PAGE_MARGINS_MM, withRunningHeader } from '../../shared/report/running-header';
import { exactBytes } from './bytes';
import type { PrintPageRegistry } from './print-pages';
import type { SerialQueue } from './serial-queue';

/** The little of a BrowserWindow the renderer needs. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  destroy(): void;
  isDestroyed(): boolean;
}

export interface PdfRendererDeps {
  readonly pages: PrintPageRegistry;
  readonly queue: SerialQueue;
  readonly createWindow: () => PrintWindow;
  readonly timeoutMs?: number;
  readonly log?: (message: string) => void;
}

export const DEFAULT_PDF_TIMEOUT_MS = 120_000;

class PdfTimeoutError extends Error {}

const MM_PER_INCH = 25.4;

/** The page the window prints: the request's HTML with the running header and footer of the request's options. */
export function printPageFor(req: RenderPdfRequest): string {
  return withRunningHeader(req.html, { title: req.options.headerTitle, marking: req.options.marking });
}

/**
 * printToPDF options for a request. The header and footer are part of the page (printPageFor), not Chromium's
 * templates; the margins (inches) leave room for them.
 */
export function printOptionsFor(options: RenderPdfRequest['options']): PrintToPDFOptions {
  const m = PDF_PAGE_MARGINS_MM;
  return {
    pageSize: options.pageSize,
    landscape: options.landscape ?? false,
    printBackground: true,
    displayHeaderFooter: false,
    margins: { top: m.top / MM_PER_INCH, bottom: m.bottom / MM_PER_INCH, left: m.left / MM_PER_INCH, right: m.right / MM_PER_INCH },
    preferCSSPageSize: false,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}

export function createPdfRenderer(deps: PdfRendererDeps): (req: RenderPdfRequest) => Promise<RenderPdfResult> {
  const timeoutMs = deps.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS;
  const log = deps.log ?? ((m: string) => console.warn(m));

  async function renderOnce(req: RenderPdfRequest): Promise<RenderPdfResult> {
    const page = deps.pages.register(printPageFor(req));
    let win: PrintWindow | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new PdfTimeoutError()), timeoutMs);
      });
      const work = (async () => {
        win = deps.createWindow();
        await win.loadURL(page.url);
        const pdf = await win.printToPDF(printOptionsFor(req.options));
        return exactBytes(pdf);
      })();
      work.catch(() => undefined); // after a timeout its rejection is expected and already handled
      const bytes = await Promise.race([work, timeout]);
      return { status: 'ok', bytes };
    } catch (error) {
      if (error instanceof PdfTimeoutError) {
        log(`pdf:render: stopped after ${timeoutMs} ms`);
        return { status: 'error', message: `Making the PDF took longer than ${Math.round(timeoutMs / 1000)} seconds and was stopped.` };
      }
      log(`pdf:render: failed (${error instanceof Error ? error.name : 'unknown error'})`);
      return { status: 'error', message: 'The PDF could not be made. Try again; if it keeps failing, export the report in another format.' };
    } finally {
      clearTimeout(timer);
      page.release();
      if (win && !win.isDestroyed()) win.destroy();
    }
  }

  return async (req) => {
    try {
      return await deps.queue.run(() => renderOnce(req));
    } catch (error) {
      return { status: 'error', message: error instanceof Error ? error.message : 'The PDF could not be made.' };
    }
  };
}
