import { useCallback, useRef, useState } from "react";
import type { QueryResult } from "../../../graph/contract/workbench.ts";
import type { QueryPosition } from "../../../graph/contract/errorCodes.ts";
import { ApiError } from "../api.ts";
import { addToHistory, historyStep, loadHistory, saveHistory } from "./history.ts";
import { parseParams } from "./params.ts";
import { runQuery } from "./queryApi.ts";

export interface Failure {
  message: string;
  where?: string;
}

interface Options {
  /** Called with each result that arrives, and with null when a run fails. */
  onResult(result: QueryResult | null): void;
  /** Called when the server refuses the text (400, 403), to mark it in the editor. */
  onRefused(message: string, position: QueryPosition | undefined): void;
}

/**
 * Running the workbench's queries: one at a time (a new run cancels the
 * last), the answer or the failure, and the history of what was run with
 * ↑/↓ browsing through it.
 */
export function useQueryRun({ onResult, onRefused }: Options) {
  const [running, setRunning] = useState<AbortController | null>(null);
  const [answer, setAnswer] = useState<{ result: QueryResult; clientMs: number } | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [paramsError, setParamsError] = useState<string | null>(null);
  const history = useRef<string[]>(loadHistory());
  const browsing = useRef<{ index: number; draft: string } | null>(null);

  const run = useCallback(
    async (text: string, paramsText: string) => {
      if (text.trim() === "") {
        setFailure({ message: "Type a Cypher query first." });
        return;
      }
      const parsed = parseParams(paramsText);
      if (!parsed.ok) {
        setParamsError(parsed.message);
        return;
      }
      setParamsError(null);
      running?.abort();
      const controller = new AbortController();
      setRunning(controller);
      setFailure(null);
      history.current = addToHistory(history.current, text);
      saveHistory(history.current);
      browsing.current = null;
      const started = performance.now();
      try {
        const result = await runQuery({ query: text, params: parsed.params }, controller.signal);
        setAnswer({ result, clientMs: Math.round(performance.now() - started) });
        onResult(result);
      } catch (error) {
        if ((error as Error).name === "AbortError") return;
        const failed = error instanceof ApiError ? error : new ApiError(0, "internal", String(error));
        setAnswer(null);
        onResult(null);
        setFailure(
          failed.position
            ? {
                // The position leads the message; Neo4j's own copy at its end is dropped.
                message: failed.message.replace(/\s*\(line \d+, column \d+\)$/, ""),
                where: `line ${failed.position.line}, column ${failed.position.column}`,
              }
            : { message: failed.message },
        );
        if (failed.status === 400 || failed.status === 403) onRefused(failed.message, failed.position);
      } finally {
        setRunning((current) => (current === controller ? null : current));
      }
    },
    [running, onResult, onRefused],
  );

  /** The query ↑ or ↓ leads to from the editor's text, or undefined at either end. */
  const browseHistory = useCallback((direction: "up" | "down", current: string) => {
    const list = history.current;
    const position = browsing.current ?? { index: list.length, draft: current };
    const next = historyStep(list, position.index, direction);
    if (next === undefined) return undefined;
    browsing.current = { index: next, draft: position.draft };
    return next === list.length ? position.draft : list[next];
  }, []);

  return {
    run,
    running,
    answer,
    failure,
    setFailure,
    paramsError,
    clearParamsError: useCallback(() => setParamsError(null), []),
    browseHistory,
  };
}
