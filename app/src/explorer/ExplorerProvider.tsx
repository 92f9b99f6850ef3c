import Graph from "graphology";
import {
  type ReactNode,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from "react";
import type Sigma from "sigma";
import type { GraphJson, GraphNode } from "../../../graph/model/graphJson.ts";
import { apiGet, apiPost } from "../api.ts";
import { type Explorer, ExplorerContext, type ViewEdge, type ViewNode } from "../shell/explorerContext.ts";
import { ControlsContext, type ExplorerControls } from "./controls.ts";
import { type Highlight, HighlightContext, HighlightSettersContext } from "./highlight.ts";
import { fitCamera } from "./canvas/fitCamera.ts";
import { cameraToRestore } from "./canvas/savedCamera.ts";
import type { RestoredView } from "./investigations/restore.ts";
import { layoutView } from "./layout/layoutView.ts";
import { decodeMinSources } from "./legend/minSources.ts";
import { type PositionCache, syncViewGraph } from "./state/graphSync.ts";
import { initialHistory, viewReducer } from "./state/viewState.ts";

function toggled(set: ReadonlySet<string>, item: string): Set<string> {
  const next = new Set(set);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return next;
}

const NUMBER = new Intl.NumberFormat("en");

/** Holds the view (undoable), the graphology graph sigma draws, and the selection. */
export function ExplorerProvider({ children }: { children: ReactNode }) {
  const [sigma, attachSigma] = useState<Sigma<ViewNode, ViewEdge> | null>(null);
  const [graph] = useState(
    () => new Graph<ViewNode, ViewEdge>({ multi: true, type: "directed", allowSelfLoops: true }),
  );
  const [history, dispatch] = useReducer(viewReducer, initialHistory);
  const [selected, setSelected] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const [hiddenLabels, setHiddenLabels] = useState<ReadonlySet<string>>(new Set());
  const [hiddenTypes, setHiddenTypes] = useState<ReadonlySet<string>>(new Set());
  const [linkSources] = useState(() => decodeMinSources(window.location.search));
  const [minSources, setMinSources] = useState(linkSources.min);
  const [path, setPath] = useState<Highlight | null>(null);
  const [panel, setPanel] = useState("details");
  const [notice, setNotice] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ id: string } | null>(null);
  const positions = useRef<PositionCache>(new Map());
  // A restored view's positions, applied once its nodes are drawn, instead of a layout.
  const restoring = useRef<Pick<RestoredView, "positions" | "camera"> | null>(null);

  const view = history.present;
  // The drawn graph follows the view's elements and pins only: a change of the time filter (also
  // part of the view) hides items through the reducers, without a pass over the graph.
  const { nodes: viewNodes, relationships: viewRelationships, pinned } = view;
  useLayoutEffect(() => {
    const cache = positions.current;
    const known = new Set(cache.keys());
    const added = syncViewGraph(graph, { nodes: viewNodes, relationships: viewRelationships, pinned }, cache);
    const fresh = added.filter((id) => !known.has(id));
    const restored = restoring.current;
    if (restored) {
      restoring.current = null;
      for (const [id, at] of restored.positions) if (graph.hasNode(id)) graph.mergeNodeAttributes(id, at);
      if (sigma) {
        sigma.refresh();
        sigma.getCamera().setState(restored.camera ? cameraToRestore(sigma, restored.camera) : fitCamera(sigma));
      }
    } else if (sigma && fresh.length > 1 && fresh.length === graph.order) layoutView(graph, sigma);
  }, [graph, viewNodes, viewRelationships, pinned, sigma]);

  // The selection disappears with its node or relationship.
  const present =
    selected !== null && (view.nodes[selected] !== undefined || view.relationships[selected] !== undefined);
  const selection = selected !== null && present ? selected : null;

  // Each request is served once, as soon as its node is drawn (not again at every later view change).
  const focused = useRef<{ id: string } | null>(null);
  useEffect(() => {
    if (!sigma || !focusRequest || focused.current === focusRequest || !graph.hasNode(focusRequest.id))
      return;
    focused.current = focusRequest;
    sigma.refresh();
    const display = sigma.getNodeDisplayData(focusRequest.id);
    if (!display) return;
    // Move the camera only when the node is near the edge or off screen: a stable view is easier to follow.
    const { width, height } = sigma.getDimensions();
    const at = sigma.framedGraphToViewport(display);
    const inside = at.x > width * 0.15 && at.x < width * 0.85 && at.y > height * 0.15 && at.y < height * 0.85;
    if (!inside) void sigma.getCamera().animate({ x: display.x, y: display.y }, { duration: 400 });
  }, [sigma, graph, focusRequest, view]);

  const select = useCallback((id: string) => {
    setSelected(id);
    setPanel("details");
    setFocusRequest({ id });
  }, []);

  const showGraph = useCallback((result: GraphJson, mode: "add" | "replace") => {
    dispatch({ type: mode, graph: result });
  }, []);

  const expand = useCallback(async (id: string) => {
    try {
      const answer = await apiPost<"expand">("/api/expand", { ids: [id] });
      dispatch({ type: "expand", ids: [id], graph: answer.graph });
      setNotice(
        answer.truncated
          ? `Showing ${NUMBER.format(answer.returned)} of ${answer.totalExact ? "" : "up to "}${NUMBER.format(answer.total)} neighbours.`
          : `${NUMBER.format(answer.returned)} neighbours shown.`,
      );
    } catch (error) {
      setNotice(error instanceof Error ? error.message : "Expanding failed.");
    }
  }, []);

  const focusNode = useCallback(
    async (target: GraphNode | string) => {
      let node: GraphNode | undefined = typeof target === "string" ? view.nodes[target] : target;
      if (!node && typeof target === "string") {
        try {
          node = (await apiGet<"node">(`/api/nodes/${encodeURIComponent(target)}`)).node;
        } catch {
          // The connection banner has been told; there is nothing to focus.
          return;
        }
      }
      if (!node) return;
      if (!view.nodes[node.id]) dispatch({ type: "add", graph: { nodes: [node], relationships: [] } });
      select(node.id);
    },
    [view, select],
  );

  const restoreView = useCallback((restored: RestoredView) => {
    restoring.current = { positions: new Map(restored.positions), camera: restored.camera };
    for (const [id, at] of restored.positions) positions.current.set(id, at);
    dispatch({
      type: "replace",
      graph: restored.graph,
      expanded: restored.expanded,
      pinned: restored.pinned,
      timeFilter: restored.timeFilter,
    });
    setHiddenLabels(new Set(restored.hiddenLabels));
    setHiddenTypes(new Set(restored.hiddenTypes));
    setMinSources(restored.minSources);
    setPath(restored.path);
    setSelected(restored.selection);
    setPanel("details");
  }, []);

  // The workbench's last result, for "Export → Last query result".
  const [lastResult, setLastResult] = useState<GraphJson | null>(null);

  const explorer = useMemo<Explorer>(
    () => ({
      graph,
      sigma,
      selection: new Set(selection ? [selection] : []),
      showGraph,
      select,
      lastResult,
      setLastResult,
    }),
    [graph, sigma, selection, showGraph, select, lastResult],
  );

  const controls = useMemo<ExplorerControls>(
    () => ({
      attachSigma,
      view,
      canUndo: history.past.length > 0,
      canRedo: history.future.length > 0,
      dispatch,
      selected: selection,
      clearSelection: () => setSelected(null),
      expand,
      focusNode,
      notice,
      hiddenLabels,
      hiddenTypes,
      toggleLabel: (label) => setHiddenLabels((s) => toggled(s, label)),
      toggleType: (type) => setHiddenTypes((s) => toggled(s, type)),
      minSources,
      setMinSources,
      minSourcesProblem: linkSources.problem,
      panel,
      setPanel,
      restoreView,
    }),
    [
      view,
      history,
      selection,
      expand,
      focusNode,
      notice,
      hiddenLabels,
      hiddenTypes,
      minSources,
      linkSources,
      panel,
      restoreView,
    ],
  );

  const highlight = useMemo(() => ({ hovered, path }), [hovered, path]);
  const highlightSetters = useMemo(() => ({ setHovered, setPath }), []);

  return (
    <ExplorerContext.Provider value={explorer}>
      <ControlsContext.Provider value={controls}>
        <HighlightSettersContext.Provider value={highlightSetters}>
          <HighlightContext.Provider value={highlight}>{children}</HighlightContext.Provider>
        </HighlightSettersContext.Provider>
      </ControlsContext.Provider>
    </ExplorerContext.Provider>
  );
}
