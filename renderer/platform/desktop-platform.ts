/** The desktop host: every call goes to the preload bridge (`window.airlock`), typed by shared/ipc/contract.ts. */
import type { DesktopBridge } from '../../shared/ipc/contract';
import type { Platform } from './platform';

export function createDesktopPlatform(bridge: DesktopBridge): Platform {
  return {
    kind: 'desktop',
    appInfo: () => bridge.getAppInfo(),
    saveFile: async (req) => {
      try {
        return await bridge.saveFile(req);
      } catch (e) {
        return { status: 'error', message: errorMessage(e) };
      }
    },
    openFile: async (req) => {
      try {
        return await bridge.openFile(req);
      } catch (e) {
        return { status: 'error', message: errorMessage(e) };
      }
    },
    renderPdf: async (req) => {
      try {
        return await bridge.renderPdf(req);
      } catch (e) {
        return { status: 'error', message: errorMessage(e) };
      }
    },
    copyText: async (text) => {
      try {
        return await bridge.copyText({ text });
      } catch (e) {
        return { status: 'error', message: errorMessage(e) };
      }
    },
  };
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
