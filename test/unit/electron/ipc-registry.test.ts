// IPC: one handler per bridge channel; an untrusted sender or an invalid payload is refused with a clear error and
// no handler runs; the log never contains payload contents.
import type { IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { BRIDGE } from '../../../shared/ipc/contract';
import { createSenderCheck, registerIpc } from '../../../electron/services/ipc-registry';
import type { IpcHandle } from '../../../electron/services/ipc-registry';

type Listener = Parameters<IpcHandle['handle']>[1];

function setup(trusted: boolean) {
  const registered = new Map<string, Listener>();
  const ipcMain: IpcHandle = { handle: (channel, listener) => void registered.set(channel, listener) };
  const handlers = {
    'app:get-info': vi.fn(),
    'file:save': vi.fn().mockResolvedValue({ status: 'cancelled' }),
    'file:open': vi.fn(),
    'pdf:render': vi.fn(),
    'clipboard:write-text': vi.fn(),
  };
  const log = vi.fn();
  registerIpc(ipcMain, handlers, () => trusted, log);
  const event = { senderFrame: null } as unknown as IpcMainInvokeEvent;
  const call = (channel: string, raw: unknown): Promise<unknown> => Promise.resolve(registered.get(channel)!(event, raw) as unknown);
  return { registered, handlers, log, call };
}

const validSave = { suggestedName: 'report.json', filters: [{ name: 'JSON', extensions: ['json'] }], data: '{"secret":"vendor plans"}' };

describe('registerIpc', () => {
  it('registers exactly the bridge channels', () => {
    expect([...setup(true).registered.keys()].sort()).toEqual(Object.values(BRIDGE).sort());
  });

  it('refuses an untrusted sender before validating, runs no handler, logs no payload', async () => {
    const { call, handlers, log } = setup(false);
    await expect(call('file:save', validSave)).rejects.toThrow('ipc file:save: untrusted sender');
    expect(handlers['file:save']).not.toHaveBeenCalled();
    expect(JSON.stringify(log.mock.calls)).not.toContain('vendor plans');
  });

  it('refuses an invalid payload with the failing field named, runs no handler, logs no payload', async () => {
    const { call, handlers, log } = setup(true);
    const bad = { ...validSave, data: 42, extra: 'vendor plans' };
    const error = await call('file:save', bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^ipc file:save: invalid request: data: /);
    expect((error as Error).message).not.toContain('vendor plans');
    expect(handlers['file:save']).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
    expect(JSON.stringify(log.mock.calls)).not.toContain('vendor plans');
  });

  it('refuses a path smuggled in as the suggested name', async () => {
    const { call, handlers } = setup(true);
    await expect(call('file:save', { ...validSave, suggestedName: '../../.bashrc' })).rejects.toThrow(/suggestedName/);
    await expect(call('app:get-info', { anything: true })).rejects.toThrow(/ipc app:get-info: invalid request/);
    await expect(call('pdf:render', { html: '<p>x</p>', options: { pageSize: 'A3' } })).rejects.toThrow(/options\.pageSize/);
    expect(handlers['file:save']).not.toHaveBeenCalled();
    expect(handlers['pdf:render']).not.toHaveBeenCalled();
  });

  it('passes a valid payload to its handler and returns the answer', async () => {
    const { call, handlers } = setup(true);
    await expect(call('file:save', validSave)).resolves.toEqual({ status: 'cancelled' });
    expect(handlers['file:save']).toHaveBeenCalledExactlyOnceWith(validSave);
  });
});

describe('createSenderCheck', () => {
  const main = { processId: 4, routingId: 1 };
  const frame = (over: Partial<{ url: string; parent: unknown; processId: number; routingId: number }>) =>
    ({ senderFrame: { url: 'app://airlock/index.html', parent: null, processId: 4, routingId: 1, ...over } as unknown as WebFrameMain }) as Pick<IpcMainInvokeEvent, 'senderFrame'>;
  const check = createSenderCheck(() => main);

  it('trusts our window\'s top-level app frame', () => {
    expect(check(frame({}))).toBe(true);
  });

  it.each([
    ['a destroyed or navigated-away frame', { senderFrame: null }],
    ['a subframe', frame({ parent: {} })],
    ['a foreign page', frame({ url: 'https://example.com/' })],
    ['a look-alike origin', frame({ url: 'app://airlock.evil/index.html' })],
    ['a file: page', frame({ url: 'file:///tmp/x.html' })],
    ['another window (print window, devtools)', frame({ processId: 9, routingId: 3 })],
  ])('refuses %s', (_name, event) => {
    expect(check(event)).toBe(false);
  });

  it('refuses everything once the window is gone', () => {
    expect(createSenderCheck(() => null)(frame({}))).toBe(false);
  });
});
