/**
 * The bridge's method → channel table and the global's name, kept free of zod (and of every runtime import) so the
 * sandboxed preload can bundle it without pulling the schema library. `contract.ts` re-exports both; import them
 * from there everywhere except the preload.
 */
import type { Channel } from './contract';

/** Bridge method → channel. The preload exposes exactly these methods and nothing generic. */
export const BRIDGE = {
  getAppInfo: 'app:get-info',
  saveFile: 'file:save',
  openFile: 'file:open',
  renderPdf: 'pdf:render',
  copyText: 'clipboard:write-text',
} as const satisfies Record<string, Channel>;

export type BridgeMethod = keyof typeof BRIDGE;

/** Name of the global the preload exposes. */
export const BRIDGE_GLOBAL = 'airlock';
