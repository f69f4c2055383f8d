// The application menu (no reload/devtools when packaged, no links anywhere) and the startup switch guard.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/services/menu-template';
import { forbiddenSwitchesIn } from '../../../electron/services/startup-guard';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

const DEV_ROLES = ['reload', 'forceReload', 'toggleDevTools'];

describe('application menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('has no reload or devtools items when packaged (%s)', (platform) => {
    const items = flatten(buildMenuTemplate({ appName: 'Airlock', isPackaged: true, platform, onAbout: () => undefined }));
    expect(items.filter((i) => i.role && DEV_ROLES.includes(i.role))).toEqual([]);
  });

  it('offers reload and devtools in development', () => {
    const roles = flatten(buildMenuTemplate({ appName: 'Airlock', isPackaged: false, platform: 'linux', onAbout: () => undefined })).map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(DEV_ROLES));
  });

  it.each(['linux', 'darwin'] as const)('has File, Edit, View, Window and Help, an About item and no links (%s)', (platform) => {
    const onAbout = vi.fn();
    const template = buildMenuTemplate({ appName: 'Airlock', isPackaged: true, platform, onAbout });
    const top = template.map((i) => i.label ?? i.role);
    expect(top).toEqual(expect.arrayContaining(['File', 'editMenu', 'View', 'windowMenu', 'help']));
    const about = flatten(template).find((i) => i.label === 'About Airlock');
    expect(about).toBeDefined();
    about?.click?.(undefined as never, undefined, undefined as never);
    expect(onAbout).toHaveBeenCalled();
    expect(JSON.stringify(template)).not.toMatch(/https?:|www\./);
  });
});

describe('startup guard', () => {
  it('refuses remote debugging and inspector switches in packaged builds', () => {
    const present = new Set(['remote-debugging-port', 'inspect']);
    expect(forbiddenSwitchesIn((s) => present.has(s), true)).toEqual(['remote-debugging-port', 'inspect']);
    expect(forbiddenSwitchesIn(() => false, true)).toEqual([]);
  });

  it('lets development runs (and Playwright) use them', () => {
    expect(forbiddenSwitchesIn(() => true, false)).toEqual([]);
  });
});
