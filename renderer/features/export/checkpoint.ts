/**
 * Between the steps of a long job: give the event loop a turn (so the UI repaints and a Cancel click is handled),
 * then stop if the job was cancelled. `await checkpoint(signal)` throws the signal's reason once it is aborted.
 */
export async function checkpoint(signal: AbortSignal): Promise<void> {
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  signal.throwIfAborted();
}

/** True for the error `checkpoint` throws after a cancel. */
export function isAbort(e: unknown, signal: AbortSignal): boolean {
  return signal.aborted && (e === signal.reason || (e instanceof DOMException && e.name === 'AbortError'));
}
