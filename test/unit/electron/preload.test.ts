// The preload exposes exactly the bridge's named methods under window.airlock, each invoking only its own channel.
import { describe, expect, it, vi } from 'vitest';

const exposed = new Map<string, unknown>();
const invoke = vi.fn((..._args: unknown[]) => Promise.resolve('answer'));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void exposed.set(key, api) },
  ipcRenderer: { invoke, send: vi.fn(), on: vi.fn(), sendSync: vi.fn() },
}));

await import('../../../electron/preload/index');
const { BRIDGE, BRIDGE_GLOBAL } = await import('../../../shared/ipc/contract');

describe('preload bridge', () => {
  it('exposes one global, named "airlock", with exactly the bridge methods and nothing else', () => {
    expect([...exposed.keys()]).toEqual([BRIDGE_GLOBAL]);
    expect(BRIDGE_GLOBAL).toBe('airlock');
    const api = exposed.get(BRIDGE_GLOBAL) as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(Object.keys(BRIDGE).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it.each(Object.entries({ getAppInfo: 'app:get-info', saveFile: 'file:save', openFile: 'file:open', renderPdf: 'pdf:render', copyText: 'clipboard:write-text' }))(
    '%s invokes %s with the request as its only argument',
    async (method, channel) => {
      invoke.mockClear();
      const api = exposed.get(BRIDGE_GLOBAL) as Record<string, (req?: unknown) => Promise<unknown>>;
      const req = method === 'getAppInfo' ? undefined : { probe: method };
      await expect(api[method]!(req)).resolves.toBe('answer');
      expect(invoke).toHaveBeenCalledExactlyOnceWith(channel, req);
    },
  );
});
