/**
 * The platform port: everything the renderer needs from its host (Electron window or plain browser). Features call
 * these methods and never check which host they run in. To add a capability (e.g. `renderPdf`), add a method here,
 * implement it in desktop-platform.ts (bridge call) and web-platform.ts (browser fallback), and nothing else changes.
 */
import type { AppInfo, CopyTextResult, OpenFileRequest, OpenFileResult, RenderPdfRequest, RenderPdfResult, SaveFileRequest, SaveFileResult } from '../../shared/ipc/contract';

export type { AppInfo, CopyTextResult, OpenFileRequest, OpenFileResult, RenderPdfRequest, RenderPdfResult, SaveFileRequest, SaveFileResult };

/**
 * What `renderPdf` did: the PDF's bytes (desktop: printed in a hidden, script-free window), `print-dialog` (browser:
 * the report was handed to the browser's print dialog, where the user chooses "Save as PDF"; there are no bytes to
 * save), or an error.
 */
export type PdfOutcome = RenderPdfResult | { readonly status: 'print-dialog' };

export interface Platform {
  readonly kind: 'desktop' | 'web';
  /** Name, version, host and where data lives. */
  appInfo: () => Promise<AppInfo>;
  /** Lets the user save a file (native dialog on desktop, a download in the browser). Never throws. */
  saveFile: (req: SaveFileRequest) => Promise<SaveFileResult>;
  /** Lets the user pick a file and returns its bytes. Never throws. */
  openFile: (req: OpenFileRequest) => Promise<OpenFileResult>;
  /** Turns a report's HTML into a PDF (see `PdfOutcome`). Never throws. */
  renderPdf: (req: RenderPdfRequest) => Promise<PdfOutcome>;
  /** Puts text on the system clipboard (desktop: through the main process; the page has no clipboard permission). Never throws. */
  copyText: (text: string) => Promise<CopyTextResult>;
}
