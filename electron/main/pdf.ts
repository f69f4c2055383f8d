/** Wires the PDF renderer service to real hidden BrowserWindows (script-free, sandboxed, no preload). */
import { BrowserWindow } from 'electron';
import { createPdfRenderer } from '../services/pdf-renderer';
import type { PrintWindow } from '../services/pdf-renderer';
import type { PrintPageRegistry } from '../services/print-pages';
import { createSerialQueue } from '../services/serial-queue';
import { printWindowOptions } from '../services/window-options';

function createPrintWindow(): PrintWindow {
  const win = new BrowserWindow(printWindowOptions());
  return {
    loadURL: (url) => win.loadURL(url),
    printToPDF: (options) => win.webContents.printToPDF(options),
    destroy: () => win.destroy(),
    isDestroyed: () => win.isDestroyed(),
  };
}

export function createDesktopPdfRenderer(pages: PrintPageRegistry) {
  return createPdfRenderer({ pages, queue: createSerialQueue(), createWindow: createPrintWindow });
}
