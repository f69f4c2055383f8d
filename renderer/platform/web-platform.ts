/**
 * The browser host (npm run web, end-to-end tests): saving is a Blob download through `<a download>`, opening is a
 * hidden `<input type=file>` with the same size limit as the desktop dialog. A PDF is the report's HTML printed from a
 * hidden sandboxed iframe (no scripts may run in it) through the browser's print dialog, where the user chooses
 * "Save as PDF": a browser cannot make PDF bytes itself. App info is static: the browser has no Electron and keeps
 * data in its own profile.
 */
import { version as packageVersion } from '../../package.json';
import { ALL_FILES_EXTENSION, MAX_OPEN_BYTES } from '../../shared/ipc/contract';
import type { AppInfo, OpenFileRequest, OpenFileResult, PdfOutcome, Platform, SaveFileResult } from './platform';

export interface WebPlatformEnv {
  readonly document: Document;
  readonly navigator: Navigator;
  readonly URL: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;
  /** Application version, from the build. */
  readonly version: string;
}

export function createWebPlatform(env: WebPlatformEnv): Platform {
  const chrome = /Chrome\/([\d.]+)/.exec(env.navigator.userAgent)?.[1] ?? null;
  const info: AppInfo = {
    name: 'Airlock',
    version: env.version,
    host: 'web',
    platform: env.navigator.userAgent,
    electronVersion: null,
    chromeVersion: chrome,
    dataLocation: 'This browser profile (IndexedDB for this site).',
  };
  return {
    kind: 'web',
    appInfo: () => Promise.resolve(info),
    saveFile: (req) => Promise.resolve(download(env, req.suggestedName, req.data, mimeOf(req.filters[0]?.extensions[0]))),
    openFile: (req) => pickFile(env.document, acceptOf(req.filters), req.maxBytes ?? MAX_OPEN_BYTES),
    renderPdf: (req) => printInFrame(env.document, req.html),
    copyText: async (text) => {
      try {
        await env.navigator.clipboard.writeText(text);
        return { status: 'copied' };
      } catch (e) {
        return { status: 'error', message: e instanceof Error ? e.message : String(e) };
      }
    },
  };
}

/** The application version from package.json (Vite bundles only this field). */
export const WEB_APP_VERSION: string = packageVersion;

function mimeOf(ext: string | undefined): string {
  const types: Record<string, string> = {
    json: 'application/json',
    csv: 'text/csv',
    md: 'text/markdown',
    html: 'text/html',
    pdf: 'application/pdf',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
  return (ext && types[ext.toLowerCase()]) ?? 'application/octet-stream';
}

function download(env: WebPlatformEnv, fileName: string, data: string | Uint8Array, mime: string): SaveFileResult {
  try {
    const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type: mime });
    const url = env.URL.createObjectURL(blob);
    const a = env.document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.rel = 'noopener';
    a.style.display = 'none';
    env.document.body.append(a);
    a.click();
    a.remove();
    // Revoke later: the download starts asynchronously.
    setTimeout(() => env.URL.revokeObjectURL(url), 10_000);
    return { status: 'saved', fileName, bytes: blob.size };
  } catch (e) {
    return { status: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * The file input's `accept` for the open dialog's filters: every filter's extensions as `.ext`, or "" (any file) when
 * there are no filters or one of them is "All files": a browser's file chooser has a single list, and `accept` would
 * otherwise hide every file the other filters do not name.
 */
export function acceptOf(filters: OpenFileRequest['filters']): string {
  if (filters.some((f) => f.extensions.includes(ALL_FILES_EXTENSION))) return '';
  return filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
}

function pickFile(doc: Document, accept: string, maxBytes: number): Promise<OpenFileResult> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    if (accept) input.accept = accept;
    input.style.display = 'none';
    const done = (r: OpenFileResult) => {
      input.remove();
      resolve(r);
    };
    input.addEventListener('cancel', () => done({ status: 'cancelled' }));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return done({ status: 'cancelled' });
      if (file.size > maxBytes) {
        return done({ status: 'error', message: `"${file.name}" is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.` });
      }
      file.arrayBuffer().then(
        (buf) => done({ status: 'opened', fileName: file.name, bytes: new Uint8Array(buf) }),
        (e: unknown) => done({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
      );
    });
    doc.body.append(input);
    input.click();
  });
}

/** How long a print frame may stay after the print dialog opened, when the browser never reports `afterprint`. */
const PRINT_FRAME_LIFETIME_MS = 10 * 60_000;

/**
 * Prints an HTML document from a hidden iframe. `sandbox="allow-same-origin allow-modals"`: no script in the document
 * can run (no allow-scripts), the app's own origin still serves the report fonts, and print() is allowed.
 */
function printInFrame(doc: Document, html: string): Promise<PdfOutcome> {
  return new Promise((resolve) => {
    const frame = doc.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.title = 'Report for printing';
    frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden;';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const cleanUp = () => {
      clearTimeout(timer);
      frame.remove();
    };
    frame.addEventListener(
      'load',
      () => {
        const win = frame.contentWindow;
        if (!win) {
          cleanUp();
          resolve({ status: 'error', message: 'The report could not be prepared for printing.' });
          return;
        }
        // Fonts load before printing, so the PDF uses the report fonts (older engines have no FontFaceSet).
        const fonts = (win.document as Partial<Pick<Document, 'fonts'>>).fonts;
        const fontsReady = fonts ? fonts.ready.then(() => undefined, () => undefined) : Promise.resolve();
        void fontsReady.then(() => {
          try {
            win.addEventListener('afterprint', cleanUp, { once: true });
            timer = setTimeout(cleanUp, PRINT_FRAME_LIFETIME_MS);
            win.focus();
            win.print();
            resolve({ status: 'print-dialog' });
          } catch (e) {
            cleanUp();
            resolve({ status: 'error', message: e instanceof Error ? e.message : String(e) });
          }
        });
      },
      { once: true },
    );
    frame.srcdoc = html;
    doc.body.append(frame);
  });
}
