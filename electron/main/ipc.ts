/** Registers the IPC handlers with real dialogs, file system and app facts; only our window's main frame may call. */
import { app, clipboard, dialog, ipcMain } from 'electron';
import type { BrowserWindow } from 'electron';
import { promises as fsp } from 'node:fs';
import { writeFileAtomic } from '../services/atomic-write';
import { createHandlers } from '../services/handlers';
import type { HandlerDeps } from '../services/handlers';
import { createSenderCheck, registerIpc } from '../services/ipc-registry';

export function installIpc(getWindow: () => BrowserWindow | null, renderPdf: HandlerDeps['renderPdf']): void {
  const withWindow = <O, R>(show: (win: BrowserWindow, options: O) => Promise<R>, showAlone: (options: O) => Promise<R>) =>
    (options: O): Promise<R> => {
      const win = getWindow();
      return win ? show(win, options) : showAlone(options);
    };

  const handlers = createHandlers({
    app: {
      name: app.getName(),
      version: app.getVersion(),
      platform: `${process.platform} ${process.arch}`,
      electronVersion: process.versions.electron ?? 'unknown',
      chromeVersion: process.versions.chrome ?? 'unknown',
      userDataPath: app.getPath('userData'),
    },
    defaultSaveDir: app.getPath('documents'),
    showSaveDialog: withWindow((w, o) => dialog.showSaveDialog(w, o), (o) => dialog.showSaveDialog(o)),
    showOpenDialog: withWindow((w, o) => dialog.showOpenDialog(w, o), (o) => dialog.showOpenDialog(o)),
    writeFileAtomic: (target, data) => writeFileAtomic(target, data),
    stat: (file) => fsp.stat(file),
    readFile: (file) => fsp.readFile(file),
    renderPdf,
    writeClipboardText: (text) => clipboard.writeText(text),
  });

  const isTrustedSender = createSenderCheck(() => {
    const win = getWindow();
    return win && !win.isDestroyed() ? win.webContents.mainFrame : null;
  });
  registerIpc(ipcMain, handlers, isTrustedSender);
}
