/**
 * Main-process entry: sandbox everything, allow one instance, serve the renderer from app://airlock/, harden every
 * session and web contents, wire IPC, menu and window. No auto-updater, no crash upload, no telemetry: the app never
 * touches the network.
 */
import { app, BrowserWindow, session } from 'electron';
import path from 'node:path';
import { createPrintPageRegistry } from '../services/print-pages';
import { hardenSession, hardenWebContents } from '../services/security';
import { forbiddenSwitchesIn } from '../services/startup-guard';
import { installIpc } from './ipc';
import { installMenu } from './menu';
import { createDesktopPdfRenderer } from './pdf';
import { handleAppScheme, registerAppScheme } from './protocol';
import { createMainWindow } from './window';

const distRoot = path.join(__dirname, '..', 'dist');
const preloadPath = path.join(__dirname, 'preload.cjs');
/** Copied there by vite.electron.config.ts from @fontsource, so PDFs embed the same fonts in dev and packaged builds. */
const reportFontsRoot = path.join(__dirname, 'report-fonts');

app.enableSandbox();
registerAppScheme();

const forbidden = forbiddenSwitchesIn((name) => app.commandLine.hasSwitch(name), app.isPackaged);
if (forbidden.length > 0) {
  console.error(`Refusing to start with debugging switches: ${forbidden.join(', ')}`);
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  const getWindow = (): BrowserWindow | null => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);

  app.on('second-instance', () => {
    const win = getWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  const openWindow = (): void => {
    mainWindow = createMainWindow(preloadPath, app.isPackaged);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  void app.whenReady().then(() => {
    const printPages = createPrintPageRegistry();
    hardenSession(session.defaultSession, { allowDevTools: !app.isPackaged });
    handleAppScheme(distRoot, printPages, reportFontsRoot);
    installIpc(getWindow, createDesktopPdfRenderer(printPages));
    installMenu(getWindow);
    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
