/**
 * The IPC contract: the single source of truth for every call the renderer can make to the main process.
 * Main (handlers), preload (bridge) and renderer (desktop platform) all derive their types from here, and the main
 * process validates every payload against `REQUEST_SCHEMAS` before a handler runs.
 */
import { z } from 'zod';

/** Largest file the open dialog will read (review bundles and backups). */
export const MAX_OPEN_BYTES = 200 * 1024 * 1024;
/** Largest payload a save request may carry. */
export const MAX_SAVE_BYTES = 500 * 1024 * 1024;

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[A-Za-z0-9]{1,10}$/)).min(1).max(10),
}).strict();

/** A file name the user may see suggested in the save dialog: no folders, no control characters. */
const suggestedName = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => !/[\\/:*?"<>|\u0000-\u001f]/.test(s) && s !== '.' && s !== '..', 'must be a plain file name without folders');

export const saveFileRequest = z.object({
  suggestedName,
  filters: z.array(fileFilter).max(10),
  /** UTF-8 text or raw bytes. */
  data: z.union([z.string(), z.instanceof(Uint8Array)]).refine(
    (d) => (typeof d === 'string' ? d.length * 3 : d.byteLength) <= MAX_SAVE_BYTES,
    `must be at most ${MAX_SAVE_BYTES} bytes`,
  ),
}).strict();
export type SaveFileRequest = z.infer<typeof saveFileRequest>;

export type SaveFileResult =
  | { readonly status: 'saved'; readonly fileName: string; readonly bytes: number }
  | { readonly status: 'cancelled' }
  | { readonly status: 'error'; readonly message: string };

export const openFileRequest = z.object({
  filters: z.array(fileFilter).max(10),
  maxBytes: z.number().int().positive().max(MAX_OPEN_BYTES).optional(),
}).strict();
export type OpenFileRequest = z.infer<typeof openFileRequest>;

export type OpenFileResult =
  | { readonly status: 'opened'; readonly fileName: string; readonly bytes: Uint8Array }
  | { readonly status: 'cancelled' }
  | { readonly status: 'error'; readonly message: string };

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly host: 'desktop' | 'web';
  /** e.g. "linux x64", or the browser's user agent in web mode. */
  readonly platform: string;
  readonly electronVersion: string | null;
  readonly chromeVersion: string | null;
  /** Where IndexedDB data lives on disk (desktop), or a sentence saying it is the browser profile (web). */
  readonly dataLocation: string;
}

export const emptyRequest = z.undefined();

/** Channel → request schema and response type. Channel names are `<area>:<verb-noun>`. */
export const REQUEST_SCHEMAS = {
  'app:get-info': emptyRequest,
  'file:save': saveFileRequest,
  'file:open': openFileRequest,
} as const satisfies Record<string, z.ZodType>;

export interface ResponseTypes {
  'app:get-info': AppInfo;
  'file:save': SaveFileResult;
  'file:open': OpenFileResult;
}

export type Channel = keyof typeof REQUEST_SCHEMAS;
export type Req<C extends Channel> = z.infer<(typeof REQUEST_SCHEMAS)[C]>;
export type Res<C extends Channel> = ResponseTypes[C];

/** Bridge method → channel. The preload exposes exactly these methods and nothing generic. */
export const BRIDGE = {
  getAppInfo: 'app:get-info',
  saveFile: 'file:save',
  openFile: 'file:open',
} as const satisfies Record<string, Channel>;

export type BridgeMethod = keyof typeof BRIDGE;

/** What `window.airlock` looks like in the renderer when it runs inside Electron. */
export type DesktopBridge = {
  readonly [M in BridgeMethod]: Req<(typeof BRIDGE)[M]> extends undefined
    ? () => Promise<Res<(typeof BRIDGE)[M]>>
    : (req: Req<(typeof BRIDGE)[M]>) => Promise<Res<(typeof BRIDGE)[M]>>;
};

/** Name of the global the preload exposes. */
export const BRIDGE_GLOBAL = 'airlock';
