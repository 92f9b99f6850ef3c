import type { InvestigationView } from "../../../../graph/contract/investigations.ts";
import { nodeKey, relationshipKey } from "../../../../graph/investigations/keys.ts";
import type { ViewGraph } from "../../shell/explorerContext.ts";
import type { Highlight } from "../highlight.ts";
import type { ViewData } from "../state/viewState.ts";

/** The longest caption a file keeps (the contract's bound). */
const CAPTION_MAX = 1000;

/** What the explorer holds beside the undoable view: the legend's filters, selection and path. */
export interface Surroundings {
  hiddenLabels: ReadonlySet<string>;
  hiddenTypes: ReadonlySet<string>;
  minSources: number;
  selection: string | null;
  path: Highlight | null;
  camera: InvestigationView["camera"];
}

/** The view as an investigation keeps it: nodes with their stable keys where they are drawn now. */
export function viewSnapshot(view: ViewData, graph: ViewGraph, around: Surroundings): InvestigationView {
  const nodes = Object.values(view.nodes).filter((n) => graph.hasNode(n.id));
  const keys = new Map(nodes.map((n) => [n.id, nodeKey(n) ?? n.id]));
  const relationships = Object.values(view.relationships).filter((r) => keys.has(r.start) && keys.has(r.end));
  const saved = new Set(relationships.map((r) => r.id));
  const inView = (id: string) => keys.has(id) || saved.has(id);
  return {
    nodes: nodes.map((n) => {
      const { x, y, label } = graph.getNodeAttributes(n.id);
      return { elementId: n.id, key: nodeKey(n), caption: label.slice(0, CAPTION_MAX), x, y };
    }),
    relationships: relationships.map((r) => ({
      elementId: r.id,
      ...relationshipKey(r, (id) => keys.get(id) ?? id),
    })),
    expanded: view.expanded.filter((id) => keys.has(id)),
    pinned: view.pinned.filter((id) => keys.has(id)),
    hiddenLabels: [...around.hiddenLabels],
    hiddenTypes: [...around.hiddenTypes],
    minSources: around.minSources,
    timeFilter: view.timeFilter,
    camera: around.camera,
    selection: around.selection !== null && inView(around.selection) ? around.selection : null,
    path: around.path && {
      nodes: [...around.path.nodes].filter((id) => keys.has(id)),
      relationships: [...around.path.relationships].filter((id) => saved.has(id)),
    },
  };
}
