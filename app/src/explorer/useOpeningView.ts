import { useEffect, useState } from "react";
import type { GraphJson } from "../../../graph/model/graphJson.ts";
import { ApiError, apiGet, apiPost } from "../api.ts";
import { isAbort, useConnection } from "./connection/connection.ts";
import { useControls } from "./controls.ts";
import { decodeUrlView } from "./state/urlState.ts";
import { decodeTimeFilter } from "./time/timeFilter.ts";

export type Opening =
  | { state: "loading" }
  | { state: "ready"; capped: boolean; totalNodes: number }
  | { state: "failed"; message: string };

function merge(a: GraphJson, b: GraphJson): GraphJson {
  return { nodes: [...a.nodes, ...b.nodes], relationships: [...a.relationships, ...b.relationships] };
}

/**
 * Opens the view: the starting graph, then what the URL asks for (expanded
 * nodes, the time filter, the focused node). Tries again after each recovery until it succeeds.
 */
export function useOpeningView(): Opening {
  const { generation } = useConnection();
  const { dispatch, focusNode } = useControls();
  const [opening, setOpening] = useState<Opening>({ state: "loading" });
  const done = opening.state === "ready";

  useEffect(() => {
    if (done) return;
    const controller = new AbortController();
    const { signal } = controller;
    const wanted = decodeUrlView(window.location.search);
    (async () => {
      const start = await apiGet<"startView">("/api/view/start", signal);
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
      setOpening({ state: "ready", capped: start.capped, totalNodes: start.totalNodes });
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

  return opening;
}
