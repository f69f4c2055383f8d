/**
 * Runs async jobs one at a time, in the order they were submitted. A failing job does not stop the ones behind it.
 * `maxPending` bounds the backlog so a runaway renderer cannot queue unbounded work in the main process.
 */

export class QueueFullError extends Error {
  constructor(maxPending: number) {
    super(`Another job is running and ${maxPending} more are waiting; try again when they finish.`);
    this.name = 'QueueFullError';
  }
}

export interface SerialQueue {
  run<T>(job: () => Promise<T>): Promise<T>;
  /** Jobs submitted and not yet finished, including the running one. */
  readonly pending: number;
}

export function createSerialQueue(maxPending = 4): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;
  return {
    run<T>(job: () => Promise<T>): Promise<T> {
      if (pending >= maxPending) return Promise.reject(new QueueFullError(maxPending - 1));
      pending++;
      const result = tail.then(job);
      tail = result.then(
        () => undefined,
        () => undefined,
      ).finally(() => {
        pending--;
      });
      return result;
    },
    get pending() {
      return pending;
    },
  };
}
