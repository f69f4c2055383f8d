/** Installs the application menu; Help → About shows name and version in a native dialog (no links anywhere). */
import { app, dialog, Menu } from 'electron';
import type { BrowserWindow } from 'electron';
import { buildMenuTemplate } from '../services/menu-template';

export function installMenu(getWindow: () => BrowserWindow | null): void {
  const onAbout = (): void => {
    const options = {
      type: 'info' as const,
      title: `About ${app.getName()}`,
      message: `${app.getName()} ${app.getVersion()}`,
      detail: `Offline due-diligence workstation.\nElectron ${process.versions.electron ?? '?'} · Chromium ${process.versions.chrome ?? '?'}`,
      buttons: ['OK'],
    };
    const win = getWindow();
    void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
  };
  const template = buildMenuTemplate({ appName: app.getName(), isPackaged: app.isPackaged, platform: process.platform, onAbout });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
