/**
 * The application menu as data: the usual app/File/Edit/View/Window/Help roles, without Reload or developer tools in
 * packaged builds and without a single link to the internet. `onAbout` is injected (main/menu.ts shows a native dialog).
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuInput {
  readonly appName: string;
  readonly isPackaged: boolean;
  readonly platform: NodeJS.Platform;
  readonly onAbout: () => void;
}

export function buildMenuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const isMac = input.platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: `About ${input.appName}`, click: input.onAbout };

  const view: MenuItemConstructorOptions[] = [
    ...(input.isPackaged
      ? []
      : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] satisfies MenuItemConstructorOptions[]),
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];

  return [
    ...(isMac
      ? [{
          label: input.appName,
          submenu: [
            about,
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        } satisfies MenuItemConstructorOptions]
      : []),
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    { role: 'help', submenu: [about] },
  ];
}
