import { createContext, useContext } from "react";
import type Sigma from "sigma";
import type { GraphNode } from "../../../graph/model/graphJson.ts";
import type { ViewEdge, ViewNode } from "./context.ts";
import type { ViewAction, ViewData } from "./state/viewState.ts";

/** A path to highlight: its nodes and relationships. */
export interface Highlight {
  nodes: ReadonlySet<string>;
  relationships: ReadonlySet<string>;
}

/**
 * What the explorer's own controls need beyond the shared `Explorer` contract:
 * view changes, hover, filters, highlights and the side panel.
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
  hovered: string | null;
  setHovered(id: string | null): void;
  hiddenLabels: ReadonlySet<string>;
  hiddenTypes: ReadonlySet<string>;
  toggleLabel(label: string): void;
  toggleType(type: string): void;
  path: Highlight | null;
  setPath(path: Highlight | null): void;
  panel: string;
  setPanel(id: string): void;
}

export const ControlsContext = createContext<ExplorerControls | null>(null);

export function useControls(): ExplorerControls {
  const controls = useContext(ControlsContext);
  if (!controls) throw new Error("useControls is used outside the explorer.");
  return controls;
}
