/** Picks the host implementation. This is the ONLY place that looks for the preload bridge (`window.airlock`). */
import { BRIDGE_GLOBAL, type DesktopBridge } from '../../shared/ipc/contract';
import { createDesktopPlatform } from './desktop-platform';
import type { Platform } from './platform';
import { createWebPlatform, WEB_APP_VERSION } from './web-platform';

export function createPlatform(win: Window): Platform {
  const bridge = (win as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
  if (isBridge(bridge)) return createDesktopPlatform(bridge);
  return createWebPlatform({ document: win.document, navigator: win.navigator, URL, version: WEB_APP_VERSION });
}

function isBridge(v: unknown): v is DesktopBridge {
  return typeof v === 'object' && v !== null && typeof (v as { getAppInfo?: unknown }).getAppInfo === 'function';
}
