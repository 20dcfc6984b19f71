// Group commit: the writes of requests that are ready in the same turn of the event loop go into one transaction,
// so one fsync (synchronous=FULL) covers them all; each write keeps its own savepoint, so one that throws (a
// conflict) is rolled back alone. Every promise settles only after the shared COMMIT has returned.
import type Database from "better-sqlite3";

interface Task {
  readonly fn: () => unknown;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/** Returns `commit(fn)`: runs `fn` in the next group transaction and settles after that transaction committed. */
export function groupCommit(db: Database.Database): <T>(fn: () => T) => Promise<T> {
  let queue: Task[] = [];
  const flush = (): void => {
    const tasks = queue;
    queue = [];
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      db.transaction(() => {
        for (const task of tasks) {
          try {
            // A nested better-sqlite3 transaction is a SAVEPOINT: a throwing task undoes only its own writes.
            outcomes.push({ ok: true, value: db.transaction(task.fn)() });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
      }).immediate();
    } catch (error) {
      // The COMMIT itself failed: nothing of the group is durable, so every task fails.
      for (const task of tasks) task.reject(error);
      return;
    }
    tasks.forEach((task, i) => {
      const outcome = outcomes[i];
      if (outcome?.ok) task.resolve(outcome.value);
      else task.reject(outcome?.error);
    });
  };
  return <T>(fn: () => T): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (queue.length === 0) setImmediate(flush);
      queue.push({ fn, resolve: resolve as (value: unknown) => void, reject });
    });
}
