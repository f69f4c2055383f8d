/**
 * What each IPC channel does, with every effect injected (dialogs, file system, app facts, PDF renderer) so the
 * behaviour is tested in plain Node. The renderer never names a path: the main process asks the user through a native
 * dialog and answers with the base file name only.
 */
import type { OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import path from 'node:path';
import { ALL_FILES_EXTENSION, isAllFilesFilter, MAX_OPEN_BYTES } from '../../shared/ipc/contract';
import type { AppInfo, OpenFileRequest, OpenFileResult, RenderPdfRequest, RenderPdfResult, SaveFileResult } from '../../shared/ipc/contract';
import { exactBytes } from './bytes';
import type { Handlers } from './ipc-registry';

export interface AppFacts {
  readonly name: string;
  readonly version: string;
  readonly platform: string;
  readonly electronVersion: string;
  readonly chromeVersion: string;
  readonly userDataPath: string;
}

export interface HandlerDeps {
  readonly app: AppFacts;
  /** Folder the save dialog opens in (e.g. Documents). */
  readonly defaultSaveDir: string;
  readonly showSaveDialog: (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;
  readonly showOpenDialog: (options: OpenDialogOptions) => Promise<OpenDialogReturnValue>;
  readonly writeFileAtomic: (target: string, data: string | Uint8Array) => Promise<number>;
  readonly stat: (file: string) => Promise<{ size: number; isFile(): boolean }>;
  readonly readFile: (file: string) => Promise<Uint8Array>;
  readonly renderPdf: (req: RenderPdfRequest) => Promise<RenderPdfResult>;
  /** Electron's clipboard.writeText (main process: the page has no clipboard permission). */
  readonly writeClipboardText: (text: string) => Promise<void>;
  readonly log?: (message: string) => void;
}

/** "12.4 MB" style sizes for messages. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 100 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/** A user-facing sentence for a file-system error, without the full path. */
export function describeFsError(action: 'save' | 'open', fileName: string, error: unknown): string {
  const code = errorCode(error);
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `Airlock is not allowed to ${action} "${fileName}" in that folder. Choose another folder.`;
    case 'ENOSPC':
      return `The disk is full, so "${fileName}" could not be saved. The previous version, if any, is unchanged.`;
    case 'EROFS':
      return `That folder is read-only, so "${fileName}" could not be saved.`;
    case 'EBUSY':
      return `"${fileName}" is in use by another program. Close it there and try again.`;
    case 'ENOENT':
      return action === 'open' ? `"${fileName}" no longer exists.` : `The folder for "${fileName}" no longer exists.`;
    default:
      return `"${fileName}" could not be ${action === 'save' ? 'saved' : 'opened'}${code ? ` (${code})` : ''}.`;
  }
}

/**
 * The open dialog's filters from a (validated) request: each keeps its name and extensions, and the "All files" filter
 * (the single extension `*`) becomes the dialog's own all-files filter, which Electron spells `extensions: ['*']` on
 * every OS. An empty list stays empty (the dialog then shows every file).
 */
export function openDialogFilters(filters: OpenFileRequest['filters']): NonNullable<OpenDialogOptions['filters']> {
  return filters.map((f) => ({ name: f.name, extensions: isAllFilesFilter(f) ? [ALL_FILES_EXTENSION] : [...f.extensions] }));
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const log = deps.log ?? ((m: string) => console.warn(m));

  return {
    'app:get-info': (): Promise<AppInfo> =>
      Promise.resolve({
        name: deps.app.name,
        version: deps.app.version,
        host: 'desktop',
        platform: deps.app.platform,
        electronVersion: deps.app.electronVersion,
        chromeVersion: deps.app.chromeVersion,
        dataLocation: deps.app.userDataPath,
      }),

    'file:save': async (req): Promise<SaveFileResult> => {
      const choice = await deps.showSaveDialog({
        defaultPath: path.join(deps.defaultSaveDir, req.suggestedName),
        filters: req.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
      const fileName = path.basename(choice.filePath);
      try {
        const bytes = await deps.writeFileAtomic(choice.filePath, req.data);
        return { status: 'saved', fileName, bytes };
      } catch (error) {
        log(`file:save failed (${errorCode(error) ?? 'unknown'})`);
        return { status: 'error', message: describeFsError('save', fileName, error) };
      }
    },

    'file:open': async (req): Promise<OpenFileResult> => {
      const maxBytes = Math.min(req.maxBytes ?? MAX_OPEN_BYTES, MAX_OPEN_BYTES);
      const choice = await deps.showOpenDialog({
        filters: openDialogFilters(req.filters),
        properties: ['openFile'],
      });
      const filePath = choice.filePaths[0];
      if (choice.canceled || filePath === undefined) return { status: 'cancelled' };
      const fileName = path.basename(filePath);
      try {
        const info = await deps.stat(filePath);
        if (!info.isFile()) return { status: 'error', message: `"${fileName}" is not a file.` };
        if (info.size > maxBytes) {
          return {
            status: 'error',
            message: `"${fileName}" is ${formatBytes(info.size)}; Airlock opens files up to ${formatBytes(maxBytes)}.`,
          };
        }
        const data = await deps.readFile(filePath);
        if (data.byteLength > maxBytes) {
          return { status: 'error', message: `"${fileName}" grew while it was being read; it is now over ${formatBytes(maxBytes)}.` };
        }
        return { status: 'opened', fileName, bytes: exactBytes(data) };
      } catch (error) {
        log(`file:open failed (${errorCode(error) ?? 'unknown'})`);
        return { status: 'error', message: describeFsError('open', fileName, error) };
      }
    },

    'pdf:render': (req) => deps.renderPdf(req),
    'clipboard:write-text': async (req) => {
      try {
        await deps.writeClipboardText(req.text);
        return { status: 'copied' };
      } catch (error) {
        log(`clipboard:write-text: failed (${error instanceof Error ? error.name : 'unknown error'})`);
        return { status: 'error', message: 'The text could not be copied to the clipboard.' };
      }
    },
  };
}
