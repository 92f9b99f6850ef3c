import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { LIMITS } from "../../../graph/contract/limits.ts";
import type { GraphJson } from "../../../graph/model/graphJson.ts";
import { ApiError, apiGet, apiPost } from "../api.ts";
import { isAbort, useConnection } from "../shell/connection/connection.ts";
import { useExplorer } from "../shell/explorerContext.ts";
import { useControls } from "./controls.ts";
import { layoutView } from "./layout/layoutView.ts";
import { canvasSize, readableEntities } from "./layout/openingSize.ts";
import { decodeUrlView } from "./state/urlState.ts";
import { decodeTimeFilter } from "./time/timeFilter.ts";

export type Opening =
  | { state: "loading" }
  | {
      state: "ready";
      /** Entities of the opening view (after "Show more": of the larger one). */
      shown: number;
      /** Entities in the database. */
      totalNodes: number;
      capped: boolean;
      /** Asks for the next screenful of entities, adds them and lays the whole view out again. */
      showMore: (() => void) | null;
    }
  | { state: "failed"; message: string };

function merge(a: GraphJson, b: GraphJson): GraphJson {
  return { nodes: [...a.nodes, ...b.nodes], relationships: [...a.relationships, ...b.relationships] };
}

/** The opening as a start view answer leaves it (Show more is attached once the view is drawn). */
function readyOpening(start: { graph: GraphJson; capped: boolean; totalNodes: number }): Opening {
  return {
    state: "ready",
    shown: start.graph.nodes.length,
    capped: start.capped,
    totalNodes: start.totalNodes,
    showMore: null,
  };
}

function startPath(limit: number): string {
  return `/api/view/start?limit=${limit}`;
}

/**
 * Opens the view: the starting graph (as many of the best-ranked entities as
 * the canvas shows readably), then what the URL asks for (expanded nodes, the
 * time filter, the focused node). Tries again after each recovery until it succeeds.
 */
export function useOpeningView(): Opening {
  const { generation } = useConnection();
  const { graph, sigma } = useExplorer();
  const { dispatch, focusNode, view } = useControls();
  const [opening, setOpening] = useState<Opening>({ state: "loading" });
  const [step, setStep] = useState(0);
  // The entities "Show more" added, until they are drawn and laid out.
  const relayout = useRef<string[] | null>(null);
  const done = opening.state === "ready";

  // A layout effect, so that the request leaves before the passive effects of
  // the first render (sigma's set-up, the panels' requests) take the main thread.
  useLayoutEffect(() => {
    if (done) return;
    const controller = new AbortController();
    const { signal } = controller;
    const wanted = decodeUrlView(window.location.search);
    (async () => {
      const { width, height } = canvasSize();
      const limit = readableEntities(width, height);
      const start = await apiGet<"startView">(startPath(limit), signal);
      let graph = start.graph;
      let expanded: string[] = [];
      if (wanted.expanded.length > 0) {
        try {
          const more = await apiPost<"expand">("/api/expand", { ids: wanted.expanded }, signal);
          graph = merge(graph, more.graph);
          expanded = wanted.expanded;
        } catch (error) {
          // A link from another database names unknown nodes: open without them.
          if (!(error instanceof ApiError) || (error.status !== 400 && error.status !== 404)) throw error;
        }
      }
      dispatch({
        type: "replace",
        graph,
        expanded,
        timeFilter: decodeTimeFilter(window.location.search).filter,
      });
      setStep(limit);
      setOpening(readyOpening(start));
      if (wanted.focus) await focusNode(wanted.focus);
    })().catch((error: unknown) => {
      if (isAbort(error)) return;
      setOpening({
        state: "failed",
        message: error instanceof Error ? error.message : "The view could not be opened.",
      });
    });
    return () => controller.abort();
    // focusNode changes with the view; the opening runs once per recovery, not per view change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [generation, done, dispatch]);

  const shown = opening.state === "ready" ? opening.shown : 0;
  const more = useCallback(() => {
    void (async () => {
      const start = await apiGet<"startView">(startPath(Math.min(shown + step, LIMITS.startViewNodes)));
      dispatch({ type: "add", graph: start.graph });
      relayout.current = start.graph.nodes.map((n) => n.id);
      setOpening(readyOpening(start));
    })().catch(() => {
      // The connection banner says what failed; the view stays as it was.
    });
  }, [shown, step, dispatch]);

  // Once the added entities are in the drawn graph, the whole view is laid out again.
  useEffect(() => {
    const ids = relayout.current;
    if (!ids || !sigma || !ids.every((id) => graph.hasNode(id))) return;
    relayout.current = null;
    layoutView(graph, sigma);
  }, [sigma, graph, view]);

  if (opening.state !== "ready") return opening;
  const canGrow = opening.capped && shown < LIMITS.startViewNodes;
  return { ...opening, showMore: canGrow ? more : null };
}
