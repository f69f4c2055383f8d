/**
 * The IPC contract: the single source of truth for every call the renderer can make to the main process.
 * Main (handlers), preload (bridge) and renderer (desktop platform) all derive their types from here, and the main
 * process validates every payload against `REQUEST_SCHEMAS` before a handler runs.
 */
import { z } from 'zod';
import type { BRIDGE, BridgeMethod } from './bridge';

/** Largest file the open dialog will read (review bundles and backups). */
export const MAX_OPEN_BYTES = 200 * 1024 * 1024;
/** Largest payload a save request may carry. */
export const MAX_SAVE_BYTES = 500 * 1024 * 1024;

/** A file-type extension without its dot: letters and digits only (no wildcards, dots or folders). */
const extension = z.string().regex(/^[A-Za-z0-9]{1,10}$/);

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(extension).min(1).max(10),
}).strict();

/** The extension that stands for "any file" in an open dialog's filter (Electron's all-files wildcard). */
export const ALL_FILES_EXTENSION = '*';

/**
 * A filter of the open dialog: like a save filter (up to 30 extensions), or an "All files" filter whose only extension
 * is exactly `*`. A wildcard anywhere else (`*.exe`, `p*`, `*` beside other extensions) is refused.
 */
const openFileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.union([extension, z.literal(ALL_FILES_EXTENSION)]))
    .min(1)
    .max(30)
    .refine((xs) => !xs.includes(ALL_FILES_EXTENSION) || xs.length === 1, `"${ALL_FILES_EXTENSION}" (all files) must be the filter's only extension`),
}).strict();

/** True when a filter of the open dialog is the "All files" filter. */
export function isAllFilesFilter(filter: { readonly extensions: readonly string[] }): boolean {
  return filter.extensions.length === 1 && filter.extensions[0] === ALL_FILES_EXTENSION;
}

/** True when the text holds a C0 control character or DEL (written without a regex: eslint's no-control-regex). */
function hasControlChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/** A file name the user may see suggested in the save dialog: no folders, no control characters. */
const suggestedName = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => !/[\\/:*?"<>|]/.test(s) && !hasControlChar(s) && s !== '.' && s !== '..', 'must be a plain file name without folders');

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
  /** Offered in this order (the first is the default); an empty list, or an "All files" filter, lets any file be picked. */
  filters: z.array(openFileFilter).max(10),
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

/** Largest HTML document the PDF renderer accepts (characters). A long report with embedded images stays well below. */
export const MAX_PDF_HTML_CHARS = 50 * 1024 * 1024;

/**
 * Where the desktop app serves the report fonts, in the `<package>/<file>` layout of shared/report/fonts.ts: pass it to
 * `fontFaceCss` when building the HTML for `renderPdf` (the print page's CSP allows fonts from its own origin only).
 */
export const DESKTOP_REPORT_FONTS_URL = 'app://airlock/report-fonts/';

export const pdfPageSize = z.enum(['A4', 'Letter']);
export type PdfPageSize = z.infer<typeof pdfPageSize>;

/** Text printed in the running header/footer: one line, no control characters. */
const printLine = (max: number) => z.string().max(max).refine((s) => !hasControlChar(s), 'must be one line of text');

export const renderPdfRequest = z.object({
  /** A complete, self-contained HTML document (shared/report/html.ts). Scripts in it never run. */
  html: z.string().min(1).max(MAX_PDF_HTML_CHARS),
  options: z.object({
    pageSize: pdfPageSize,
    landscape: z.boolean().optional(),
    /** Left part of the running header, e.g. the vendor and review name. */
    headerTitle: printLine(200).optional(),
    /** Protective marking printed on every page, e.g. "CONFIDENTIAL – LEGAL PRIVILEGE". */
    marking: printLine(100).optional(),
  }).strict(),
}).strict();
export type RenderPdfRequest = z.infer<typeof renderPdfRequest>;

export type RenderPdfResult =
  | { readonly status: 'ok'; readonly bytes: Uint8Array }
  | { readonly status: 'error'; readonly message: string };

/** Longest text the app puts on the clipboard (a SHA-256, an id, a citation). */
export const MAX_CLIPBOARD_CHARS = 10_000;

/**
 * Text for the system clipboard, written by the main process. The page never gets a clipboard permission (every
 * permission is denied), and nothing can be read back from the clipboard.
 */
export const copyTextRequest = z.object({ text: z.string().min(1).max(MAX_CLIPBOARD_CHARS) }).strict();
export type CopyTextRequest = z.infer<typeof copyTextRequest>;

export type CopyTextResult = { readonly status: 'copied' } | { readonly status: 'error'; readonly message: string };

export const emptyRequest = z.undefined();

/** Channel → request schema and response type. Channel names are `<area>:<verb-noun>`. */
export const REQUEST_SCHEMAS = {
  'app:get-info': emptyRequest,
  'file:save': saveFileRequest,
  'file:open': openFileRequest,
  'pdf:render': renderPdfRequest,
  'clipboard:write-text': copyTextRequest,
} as const satisfies Record<string, z.ZodType>;

export interface ResponseTypes {
  'app:get-info': AppInfo;
  'file:save': SaveFileResult;
  'file:open': OpenFileResult;
  'pdf:render': RenderPdfResult;
  'clipboard:write-text': CopyTextResult;
}

export type Channel = keyof typeof REQUEST_SCHEMAS;
export type Req<C extends Channel> = z.infer<(typeof REQUEST_SCHEMAS)[C]>;
export type Res<C extends Channel> = ResponseTypes[C];

/** Bridge table and global name live in the zod-free bridge.ts (the preload bundles it); re-exported here. */
export { BRIDGE, BRIDGE_GLOBAL } from './bridge';
export type { BridgeMethod } from './bridge';

/** What `window.airlock` looks like in the renderer when it runs inside Electron. */
export type DesktopBridge = {
  readonly [M in BridgeMethod]: Req<(typeof BRIDGE)[M]> extends undefined
    ? () => Promise<Res<(typeof BRIDGE)[M]>>
    : (req: Req<(typeof BRIDGE)[M]>) => Promise<Res<(typeof BRIDGE)[M]>>;
};
