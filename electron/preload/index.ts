/**
 * Preload (sandboxed, bundled to one CJS file that requires only "electron"): exposes `window.airlock` with exactly the
 * named methods in BRIDGE, each a single `ipcRenderer.invoke` on its channel. No generic invoke, no ipcRenderer, no
 * Node APIs reach the page. Imports the zod-free bridge table, never the contract's runtime (types only).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE, BRIDGE_GLOBAL } from '../../shared/ipc/bridge';
import type { Channel, DesktopBridge, Req, Res } from '../../shared/ipc/contract';

function invoke<C extends Channel>(channel: C, req?: Req<C>): Promise<Res<C>> {
  return ipcRenderer.invoke(channel, req) as Promise<Res<C>>;
}

const bridge = {
  getAppInfo: () => invoke(BRIDGE.getAppInfo),
  saveFile: (req) => invoke(BRIDGE.saveFile, req),
  openFile: (req) => invoke(BRIDGE.openFile, req),
  renderPdf: (req) => invoke(BRIDGE.renderPdf, req),
  copyText: (req) => invoke(BRIDGE.copyText, req),
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
