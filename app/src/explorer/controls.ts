import { createContext, useContext } from "react";
import type Sigma from "sigma";
import type { GraphNode } from "../../../graph/model/graphJson.ts";
import type { ViewEdge, ViewNode } from "../shell/explorerContext.ts";
import type { ViewAction, ViewData } from "./state/viewState.ts";
import type { RestoredView } from "./investigations/restore.ts";

/**
 * What the explorer's own controls need beyond the shared `Explorer` contract:
 * view changes, filters and the side panel (hover and path highlights: highlight.ts).
 */
export interface ExplorerControls {
  /** The canvas hands its sigma instance over here (null when it goes away). */
  attachSigma(sigma: Sigma<ViewNode, ViewEdge> | null): void;
  view: ViewData;
  canUndo: boolean;
  canRedo: boolean;
  dispatch(action: ViewAction): void;
  /** Selected node or relationship id. */
  selected: string | null;
  clearSelection(): void;
  /** Fetches and adds the neighbours of a node (placed around it). */
  expand(id: string): Promise<void>;
  /** Puts a node on screen if needed, selects it and moves the camera to it. */
  focusNode(node: GraphNode | string): Promise<void>;
  /** A message about the last expand ("Showing 100 of 1,240 neighbours."), or null. */
  notice: string | null;
  hiddenLabels: ReadonlySet<string>;
  hiddenTypes: ReadonlySet<string>;
  toggleLabel(label: string): void;
  toggleType(type: string): void;
  /** Only facts stated by at least this many independent sources show (1: every fact). */
  minSources: number;
  setMinSources(min: number): void;
  /** Why the link's sources filter was not used, or null. */
  minSourcesProblem: string | null;
  panel: string;
  setPanel(id: string): void;
  /** Puts a saved view back exactly: its nodes where they were (no layout), its filters, selection and path. */
  restoreView(restored: RestoredView): void;
}

export const ControlsContext = createContext<ExplorerControls | null>(null);

export function useControls(): ExplorerControls {
  const controls = useContext(ControlsContext);
  if (!controls) throw new Error("useControls is used outside the explorer.");
  return controls;
}
