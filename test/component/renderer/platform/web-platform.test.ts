// The browser host: saving downloads a Blob under the suggested name; opening refuses files over the size limit;
// the chooser is limited to the filters' extensions unless "All files" is offered; and create-platform only picks
// the desktop host when the preload bridge is present.
import { describe, expect, it, vi } from 'vitest';
import { createPlatform } from '../../../../renderer/platform/create-platform';
import { acceptOf, createWebPlatform } from '../../../../renderer/platform/web-platform';

function env() {
  const createObjectURL = vi.fn(() => 'blob:test');
  return { document, navigator, URL: { createObjectURL, revokeObjectURL: vi.fn() }, version: '1.2.3' };
}

describe('web platform', () => {
  it('saves by downloading a Blob with the suggested file name', async () => {
    const e = env();
    const clicked: string[] = [];
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const result = await createWebPlatform(e).saveFile({ suggestedName: 'report.json', filters: [{ name: 'JSON', extensions: ['json'] }], data: '{"a":1}' });
    spy.mockRestore();
    expect(result).toEqual({ status: 'saved', fileName: 'report.json', bytes: 7 });
    expect(clicked).toEqual(['report.json']);
    expect(e.URL.createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
  });

  it('refuses to open a file larger than the limit', async () => {
    const spy = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      const big = new File([new Uint8Array(2048)], 'big.json');
      Object.defineProperty(this, 'files', { value: [big] });
      this.dispatchEvent(new Event('change'));
    });
    const result = await createWebPlatform(env()).openFile({ filters: [{ name: 'JSON', extensions: ['json'] }], maxBytes: 1024 });
    spy.mockRestore();
    expect(result).toMatchObject({ status: 'error' });
    expect(document.querySelectorAll('input[type=file]')).toHaveLength(0);
  });

  it('limits the file chooser to the filters\' extensions, and not at all for "All files" or no filters', () => {
    expect(acceptOf([{ name: 'JSON', extensions: ['json'] }])).toBe('.json');
    expect(acceptOf([{ name: 'Documents', extensions: ['pdf', 'docx'] }, { name: 'Images', extensions: ['png'] }])).toBe('.pdf,.docx,.png');
    expect(acceptOf([{ name: 'Documents', extensions: ['pdf'] }, { name: 'All files', extensions: ['*'] }])).toBe('');
    expect(acceptOf([])).toBe('');
  });

  it('opens any file through the chooser when "All files" is offered', async () => {
    const accepts: (string | null)[] = [];
    const spy = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      accepts.push(this.getAttribute('accept'));
      Object.defineProperty(this, 'files', { value: [new File(['hello'], 'scan.tiff')] });
      this.dispatchEvent(new Event('change'));
    });
    const result = await createWebPlatform(env()).openFile({ filters: [{ name: 'Images', extensions: ['png'] }, { name: 'All files', extensions: ['*'] }] });
    await createWebPlatform(env()).openFile({ filters: [{ name: 'Images', extensions: ['png', 'jpg'] }] });
    spy.mockRestore();
    expect(result).toMatchObject({ status: 'opened', fileName: 'scan.tiff' });
    expect(result.status === 'opened' ? new TextDecoder().decode(result.bytes) : null).toBe('hello');
    expect(accepts).toEqual([null, '.png,.jpg']);
  });

  it('reports the web host, its version and no Electron', async () => {
    expect(await createWebPlatform(env()).appInfo()).toMatchObject({ host: 'web', version: '1.2.3', electronVersion: null });
  });

  it('uses the desktop bridge only when window.airlock is present', async () => {
    expect(createPlatform(window).kind).toBe('web');
    const getAppInfo = vi.fn(() => Promise.resolve({ host: 'desktop' }));
    const fakeWindow = Object.assign(Object.create(window) as Window, { airlock: { getAppInfo, saveFile: vi.fn(), openFile: vi.fn() } });
    const desktop = createPlatform(fakeWindow);
    expect(desktop.kind).toBe('desktop');
    await desktop.appInfo();
    expect(getAppInfo).toHaveBeenCalled();
  });
});
