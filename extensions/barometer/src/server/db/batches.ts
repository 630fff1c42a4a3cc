// Large inputs (a 50,000-row import) cut into pieces the database and the event loop can take:
// `where x in (...)` lists and multi-row inserts of a bounded size, and pauses that let other requests
// (`/server/health` included) be answered between pieces of synchronous work.

/** Bound parameters per `in (...)` list: SQLite builds before 3.32 allow 999 in one statement. */
export const IN_LIST_CHUNK = 500;

export function chunks<T>(items: readonly T[], size = IN_LIST_CHUNK): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );
}

/** Synchronous work allowed between two pauses: well under what a user or a health check notices. */
const SLICE_MILLISECONDS = 20;

/**
 * A pause for long loops: `await pause()` in each step gives the event loop back (setImmediate, so
 * I/O callbacks run, not only microtasks) once the current slice has used its time, and costs nothing
 * otherwise.
 */
export function eventLoopSlicer(sliceMilliseconds = SLICE_MILLISECONDS): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < sliceMilliseconds) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  };
}
