import { createContext, useContext } from "react";
import type Graph from "graphology";
import type Sigma from "sigma";
import type { GraphJson, Properties } from "../../../graph/model/graphJson.ts";

/** Which side of its disc a node's label is drawn on. */
export type LabelSide = "right" | "left" | "below" | "above";

/**
 * What the graph view keeps per node. Keys are Neo4j elementIds. `x`, `y`,
 * `size`, `color` and `label` are what sigma draws (and what image and GEXF
 * exports reproduce); `labels` and `properties` are the node as stored.
 */
export interface ViewNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  labels: string[];
  properties: Properties;
  pinned?: boolean;
  /** Whether sigma draws the label at the present zoom (set by the label planner). */
  forceLabel?: boolean;
  /** The side of the disc the label is drawn on (set by the label planner; the right when unset). */
  labelSide?: LabelSide;
  /** The label as drawn when the full one has no room (set by the label planner; hover shows the full one). */
  labelText?: string;
}

/**
 * What the graph view keeps per relationship (keyed by elementId). The Neo4j
 * type is `relType`: sigma reserves `type` for the program that draws an edge.
 */
export interface ViewEdge {
  size: number;
  color: string;
  label: string;
  relType: string;
  properties: Properties;
}

export type ViewGraph = Graph<ViewNode, ViewEdge>;

/** The explorer as the panels around the graph (workbench, export) see it. */
export interface Explorer {
  /** The graph on screen; read it, change it only through the methods below. */
  graph: ViewGraph;
  /** The renderer, once mounted (image exports read its canvases). */
  sigma: Sigma<ViewNode, ViewEdge> | null;
  /** Selected node and relationship ids. */
  selection: ReadonlySet<string>;
  /** Puts a result on screen: beside what is there, or instead of it. Undoable. */
  showGraph(result: GraphJson, mode: "add" | "replace"): void;
  /** Selects and focuses one node or relationship, opening its details. */
  select(id: string): void;
  /** The graph of the workbench's last query result (what "Export → Last query result" writes); optional. */
  lastResult?: GraphJson | null;
  /** Set by the workbench after each run (null when the run failed); optional. */
  setLastResult?(result: GraphJson | null): void;
}

export const ExplorerContext = createContext<Explorer | null>(null);

export function useExplorer(): Explorer {
  const explorer = useContext(ExplorerContext);
  if (!explorer) throw new Error("useExplorer is used outside the explorer.");
  return explorer;
}
