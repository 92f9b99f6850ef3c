import type { Answer, RouteName } from "../../../../graph/contract/routes.ts";
import { apiGet } from "../../api.ts";

interface InFlight {
  promise: Promise<unknown>;
  controller: AbortController;
  users: number;
}

const inFlight = new Map<string, InFlight>();

/**
 * One request for panels that ask for the same path at once (the article
 * reader, the timeline and the Articles tab all read /api/articles as the
 * explorer opens). The request is shared while it runs, never cached after:
 * a later ask fetches afresh. It is aborted only when every asker has let go.
 * Written here because the app has no query library, and a few lines suffice.
 */
export function sharedGet<N extends RouteName>(
  key: string,
  path: string,
): { promise: Promise<Answer<N>>; release: () => void } {
  let entry = inFlight.get(key);
  if (!entry) {
    const controller = new AbortController();
    const created: InFlight = { controller, users: 0, promise: apiGet<N>(path, controller.signal) };
    const forget = () => {
      if (inFlight.get(key) === created) inFlight.delete(key);
    };
    created.promise.then(forget, forget);
    inFlight.set(key, created);
    entry = created;
  }
  const shared = entry;
  shared.users += 1;
  let released = false;
  return {
    promise: shared.promise as Promise<Answer<N>>,
    release: () => {
      if (released) return;
      released = true;
      shared.users -= 1;
      if (shared.users === 0 && inFlight.get(key) === shared) {
        inFlight.delete(key);
        shared.controller.abort();
      }
    },
  };
}
