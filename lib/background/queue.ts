/**
 * Runs tasks strictly one after another, in the order they were queued, whatever each one's outcome.
 * Every read-modify-write of storage goes through one queue, so no update is lost between contexts.
 */
export function createQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
