/**
 * Undo and redo, one way for every view: the explorer's view and the
 * Annotate view's draft each keep a history of this shape and step through
 * it with these three functions.
 */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
}

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/** One step back; the same history when there is none. */
export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

/** One step forward again; the same history when there is none. */
export function redo<T>(history: History<T>): History<T> {
  const [next, ...future] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future };
}

/** A new present: the old one joins the past (at most `limit` kept), and what was undone is forgotten. */
export function record<T>(history: History<T>, present: T, limit: number): History<T> {
  return { past: [...history.past, history.present].slice(-limit), present, future: [] };
}
