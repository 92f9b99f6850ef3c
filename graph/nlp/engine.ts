import { setTimeout as delay } from "node:timers/promises";
import type { NlpState } from "../contract/articles.ts";

export type { NlpState };

/**
 * How long an add or a "Suggest again" waits for a CoreNLP that is starting:
 * its usual start (about 35-55 s with the parse and coreference preloaded, measured on
 * 2 cores) with room for a busy machine.
 */
export const NLP_START_WAIT_MS = 120_000;

export interface NlpEngine {
  state(): NlpState;
  /**
   * The server to send a text to. While the engine starts, waits for it (at
   * most `waitMs`) rather than answering at once from the rules alone; null
   * when there is none, with the reason said through `log`.
   */
  url(log: (line: string) => void): Promise<string | null>;
}

/**
 * The engine that npm start brings up in the background. `starting` settles
 * once the start is over (true: it is up); `current` then finds the server
 * as it is at the time of each request (it may have been stopped since).
 */
export function backgroundEngine(
  starting: Promise<boolean>,
  current: (log: (line: string) => void) => Promise<string | null>,
  { waitMs = NLP_START_WAIT_MS }: { waitMs?: number } = {},
): NlpEngine {
  let state: NlpState = "starting";
  const settled = starting.then(
    (up) => void (state = up ? "ready" : "unavailable"),
    () => void (state = "unavailable"),
  );
  return {
    state: () => state,
    async url(log) {
      if (state === "starting") {
        const gaveUp = new AbortController();
        await Promise.race([
          settled,
          delay(waitMs, undefined, { signal: gaveUp.signal }).catch(() => undefined),
        ]);
        gaveUp.abort();
      }
      if (state === "starting") {
        log(
          `CoreNLP was still starting after ${Math.round(waitMs / 1000)} s: suggestions come from the graph's names and the rules alone ("Suggest again" once it is up).`,
        );
        return null;
      }
      return current(log);
    },
  };
}

/** An engine that is off or fixed: no start to wait for. */
export function fixedEngine(
  state: NlpState,
  current: (log: (line: string) => void) => Promise<string | null>,
): NlpEngine {
  return { state: () => state, url: current };
}
