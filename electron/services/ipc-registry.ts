/**
 * The only place IPC handlers are registered. One `ipcMain.handle` per channel in BRIDGE; before any handler runs the
 * sender must be our window's top-level app frame and the payload must pass the channel's zod schema. Refusals throw
 * an Error with a clear message (the renderer's `invoke` rejects with it) and are logged without payload contents.
 */
import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { BRIDGE, REQUEST_SCHEMAS } from '../../shared/ipc/contract';
import type { Channel, Req, Res } from '../../shared/ipc/contract';
import { isAppUrl } from './trusted-url';

export type Handlers = { readonly [C in Channel]: (req: Req<C>) => Promise<Res<C>> };

export type IpcHandle = Pick<IpcMain, 'handle'>;

/** The parts of an invoke event the sender check reads. */
export type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

/** zod issues as "path: message; …", never echoing the payload's values. */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(request)'}: ${i.message}`)
    .join('; ');
}

/**
 * Sender check: the frame exists, is top-level, shows an app:// page, and is the main frame of our window (compared by
 * process and routing id, which identify a frame; `getMainFrame` returns null once the window is gone).
 */
export function createSenderCheck(getMainFrame: () => Pick<WebFrameMain, 'processId' | 'routingId'> | null) {
  return (event: SenderEvent): boolean => {
    const frame = event.senderFrame;
    const main = getMainFrame();
    if (!frame || !main) return false;
    return (
      frame.parent === null &&
      isAppUrl(frame.url) &&
      frame.processId === main.processId &&
      frame.routingId === main.routingId
    );
  };
}

export function registerIpc(
  ipcMain: IpcHandle,
  handlers: Handlers,
  isTrustedSender: (event: SenderEvent) => boolean,
  log: (message: string) => void = (m) => console.warn(m),
): void {
  for (const channel of Object.values(BRIDGE)) {
    const schema = REQUEST_SCHEMAS[channel];
    const handler = handlers[channel] as (req: unknown) => Promise<unknown>;
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, raw: unknown) => {
      if (!isTrustedSender(event)) {
        const message = `ipc ${channel}: untrusted sender`;
        log(message);
        throw new Error(message);
      }
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const message = `ipc ${channel}: invalid request: ${describeIssues(parsed.error.issues)}`;
        log(message);
        throw new Error(message);
      }
      return handler(parsed.data);
    });
  }
}
