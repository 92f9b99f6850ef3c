import { useEffect, useState } from "react";
import type { NlpState } from "../../../graph/contract/articles.ts";
import { apiGet } from "../api.ts";

const POLL_MS = 1000;

/**
 * What the language engine is doing, asked now and again every second while
 * `watching` (an add waiting on it, a draft made without it); null until the
 * first answer, or when the server cannot say.
 */
export function useNlpState(watching: boolean): NlpState | null {
  const [state, setState] = useState<NlpState | null>(null);
  useEffect(() => {
    if (!watching) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      let state: NlpState | null = null;
      try {
        state = (await apiGet<"nlp">("/api/nlp")).state;
      } catch {
        // The server cannot say: asked again below.
      }
      if (stopped) return;
      setState(state);
      // Once it is up (or will not be), there is nothing more to wait for.
      if (state === null || state === "starting") timer = setTimeout(() => void ask(), POLL_MS);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [watching]);
  return state;
}

/** A draft suggested without the language engine: from the rules (and the graph's names) alone. */
export function madeWithoutEngine(engines: readonly string[]): boolean {
  return engines.includes("rules") && !engines.includes("corenlp");
}
