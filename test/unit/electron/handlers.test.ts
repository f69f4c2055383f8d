// Channel behaviour with injected dialogs and file system: the renderer never supplies a path, only base names come
// back, oversize files are refused before a single byte is read, failures become clear sentences.
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MAX_OPEN_BYTES } from '../../../shared/ipc/contract';
import { exactBytes } from '../../../electron/services/bytes';
import { createHandlers, describeFsError, formatBytes, openDialogFilters } from '../../../electron/services/handlers';
import type { HandlerDeps } from '../../../electron/services/handlers';

function deps(over: Partial<HandlerDeps> = {}) {
  const d = {
    app: {
      name: 'Airlock',
      version: '0.1.0',
      platform: 'linux x64',
      electronVersion: '45.5.0',
      chromeVersion: '142.0.0.0',
      userDataPath: '/home/u/.config/Airlock',
    },
    defaultSaveDir: '/home/u/Documents',
    showSaveDialog: vi.fn((_o: SaveDialogOptions) => Promise.resolve({ canceled: false, filePath: '/home/u/Documents/Export/report.json' })),
    showOpenDialog: vi.fn((_o: OpenDialogOptions) => Promise.resolve({ canceled: false, filePaths: ['/media/usb/bundle.airlock'] })),
    writeFileAtomic: vi.fn((_t: string, data: string | Uint8Array) => Promise.resolve(typeof data === 'string' ? data.length : data.byteLength)),
    stat: vi.fn((_f: string) => Promise.resolve({ size: 1234, isFile: () => true })),
    readFile: vi.fn((_f: string) => Promise.resolve(new Uint8Array([1, 2, 3]))),
    renderPdf: vi.fn(() => Promise.resolve({ status: 'ok' as const, bytes: new Uint8Array([37]) })),
    writeClipboardText: vi.fn((_text: string) => Promise.resolve()),
    log: vi.fn(),
    ...over,
  };
  return { d, h: createHandlers(d) };
}

const saveReq = { suggestedName: 'report.json', filters: [{ name: 'JSON', extensions: ['json'] }], data: '{"a":1}' };

describe('app:get-info', () => {
  it('reports a desktop host with versions and the data folder', async () => {
    await expect(deps().h['app:get-info'](undefined)).resolves.toEqual({
      name: 'Airlock',
      version: '0.1.0',
      host: 'desktop',
      platform: 'linux x64',
      electronVersion: '45.5.0',
      chromeVersion: '142.0.0.0',
      dataLocation: '/home/u/.config/Airlock',
    });
  });
});

describe('file:save', () => {
  it('asks the user where to save, writes atomically and returns only the base name', async () => {
    const { d, h } = deps();
    await expect(h['file:save'](saveReq)).resolves.toEqual({ status: 'saved', fileName: 'report.json', bytes: 7 });
    expect(d.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: '/home/u/Documents/report.json', filters: [{ name: 'JSON', extensions: ['json'] }] }),
    );
    expect(d.writeFileAtomic).toHaveBeenCalledWith('/home/u/Documents/Export/report.json', '{"a":1}');
  });

  it('writes nothing when the user cancels', async () => {
    const { d, h } = deps({ showSaveDialog: () => Promise.resolve({ canceled: true, filePath: '' }) });
    await expect(h['file:save'](saveReq)).resolves.toEqual({ status: 'cancelled' });
    expect(d.writeFileAtomic).not.toHaveBeenCalled();
  });

  it('turns a write failure into a sentence without the folder path', async () => {
    const { h } = deps({ writeFileAtomic: () => Promise.reject(Object.assign(new Error("EACCES: open '/home/u/Documents/Export/x'"), { code: 'EACCES' })) });
    const result = await h['file:save'](saveReq);
    expect(result.status).toBe('error');
    if (result.status !== 'error') return;
    expect(result.message).toContain('report.json');
    expect(result.message).not.toContain('/home/u');
  });
});

describe('file:open', () => {
  it('reads the chosen file and returns its base name and bytes', async () => {
    const { h } = deps();
    const result = await h['file:open']({ filters: [] });
    expect(result).toEqual({ status: 'opened', fileName: 'bundle.airlock', bytes: new Uint8Array([1, 2, 3]) });
  });

  it('refuses a file over maxBytes without reading it', async () => {
    const { d, h } = deps({ stat: () => Promise.resolve({ size: 5 * 1024 * 1024, isFile: () => true }) });
    const result = await h['file:open']({ filters: [], maxBytes: 1024 * 1024 });
    expect(result).toEqual({ status: 'error', message: '"bundle.airlock" is 5.0 MB; Airlock opens files up to 1.0 MB.' });
    expect(d.readFile).not.toHaveBeenCalled();
  });

  it('applies MAX_OPEN_BYTES when no limit is given', async () => {
    const { d, h } = deps({ stat: () => Promise.resolve({ size: MAX_OPEN_BYTES + 1, isFile: () => true }) });
    expect((await h['file:open']({ filters: [] })).status).toBe('error');
    expect(d.readFile).not.toHaveBeenCalled();
  });

  it('refuses a file that grew past the limit while being read', async () => {
    const { h } = deps({
      stat: () => Promise.resolve({ size: 10, isFile: () => true }),
      readFile: () => Promise.resolve(new Uint8Array(2048)),
    });
    const result = await h['file:open']({ filters: [], maxBytes: 1024 });
    expect(result.status).toBe('error');
  });

  it('offers the requested filters in order, "All files" as the OS dialog\'s own all-files filter', async () => {
    const { d, h } = deps();
    const filters = [
      { name: 'Documents', extensions: ['pdf', 'docx'] },
      { name: 'All files', extensions: ['*'] },
    ];
    await h['file:open']({ filters });
    expect(d.showOpenDialog).toHaveBeenCalledExactlyOnceWith({ filters: [{ name: 'Documents', extensions: ['pdf', 'docx'] }, { name: 'All files', extensions: ['*'] }], properties: ['openFile'] });
    expect(openDialogFilters([])).toEqual([]);
    expect(openDialogFilters([{ name: 'Everything', extensions: ['*'] }])).toEqual([{ name: 'Everything', extensions: ['*'] }]);
  });

  it('returns cancelled when the user closes the dialog, and an error for a missing file', async () => {
    expect(await deps({ showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }) }).h['file:open']({ filters: [] })).toEqual({
      status: 'cancelled',
    });
    const gone = deps({ stat: () => Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })) });
    expect(await gone.h['file:open']({ filters: [] })).toEqual({ status: 'error', message: '"bundle.airlock" no longer exists.' });
  });
});

describe('pdf:render', () => {
  it('hands the request to the PDF renderer', async () => {
    const { d, h } = deps();
    const req = { html: '<p>x</p>', options: { pageSize: 'A4' as const } };
    await expect(h['pdf:render'](req)).resolves.toEqual({ status: 'ok', bytes: new Uint8Array([37]) });
    expect(d.renderPdf).toHaveBeenCalledWith(req);
  });
});

describe('messages', () => {
  it('formats sizes and file-system errors readably', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(200 * 1024 * 1024)).toBe('200 MB');
    expect(describeFsError('save', 'a.pdf', { code: 'ENOSPC' })).toMatch(/disk is full/);
    expect(describeFsError('save', 'a.pdf', new Error('weird'))).toBe('"a.pdf" could not be saved.');
  });
});

describe('exactBytes', () => {
  it('never hands IPC a view into a larger shared buffer', () => {
    const pool = new Uint8Array([9, 9, 1, 2, 3, 9]);
    const view = pool.subarray(2, 5);
    const sent = exactBytes(view);
    expect([...sent]).toEqual([1, 2, 3]);
    expect(sent.buffer.byteLength).toBe(3);
    const whole = new Uint8Array([4, 5]);
    expect(exactBytes(whole).buffer).toBe(whole.buffer);
  });
});

describe('clipboard:write-text', () => {
  it('writes the text through the main process and says so', async () => {
    const { d, h } = deps();
    await expect(h['clipboard:write-text']({ text: 'a'.repeat(64) })).resolves.toEqual({ status: 'copied' });
    expect(d.writeClipboardText).toHaveBeenCalledWith('a'.repeat(64));
  });

  it('turns a clipboard failure into a sentence and logs only the error kind', async () => {
    const { d, h } = deps({
      writeClipboardText: () => Promise.reject(new TypeError('secret detail')),
    });
    await expect(h['clipboard:write-text']({ text: 'x' })).resolves.toEqual({ status: 'error', message: 'The text could not be copied to the clipboard.' });
    expect(d.log).toHaveBeenCalledWith('clipboard:write-text: failed (TypeError)');
  });
});
