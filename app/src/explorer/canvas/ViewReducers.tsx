import { useSetSettings } from "@react-sigma/core";
import { useEffect } from "react";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { useExplorer, type ViewEdge, type ViewNode } from "../../shell/explorerContext.ts";
import { useControls } from "../controls.ts";
import { useHighlight } from "../highlight.ts";
import { primaryLabel } from "../../shell/palette.ts";
import { useTime } from "../time/timeState.ts";

/**
 * What the canvas shows on top of the data, as sigma reducers (the graph is
 * never changed for it): label, type and time filters, the hovered neighbourhood,
 * the selection and a highlighted path.
 */
export function ViewReducers({ dark }: { dark: boolean }) {
  const setSettings = useSetSettings<ViewNode, ViewEdge>();
  const { graph } = useExplorer();
  const { selected, hiddenLabels, hiddenTypes, view } = useControls();
  const { hovered, path } = useHighlight();
  const { hidden: timeHidden } = useTime();

  useEffect(() => {
    const dim = dark ? "#3a3f47" : "#e3e5e8";
    const edgeColor = dark ? "#5f6670" : "#b4b9bf";
    const accent = dark ? "#ffd166" : "#d1495b";
    const focus = hovered ?? (selected && graph.hasNode(selected) ? selected : null);
    const near = focus && graph.hasNode(focus) ? new Set([focus, ...graph.neighbors(focus)]) : null;
    // Worked out once per change, not once per edge end: the edge reducer asks for both ends of every edge.
    const hiddenNodes = new Set(timeHidden.nodes);
    if (hiddenLabels.size > 0)
      graph.forEachNode((node, { labels }) => {
        if (hiddenLabels.has(primaryLabel(labels))) hiddenNodes.add(node);
      });
    const isHidden = (node: string) => hiddenNodes.has(node);

    setSettings({
      nodeReducer: (node, data) => {
        const shown: Partial<NodeDisplayData> & ViewNode = { ...data };
        if (isHidden(node)) return { ...shown, hidden: true };
        if (path) {
          if (path.nodes.has(node)) Object.assign(shown, { highlighted: true, forceLabel: true, zIndex: 2 });
          else Object.assign(shown, { color: dim, zIndex: 0 });
        }
        if (hovered && near) {
          if (near.has(node)) Object.assign(shown, { forceLabel: true, zIndex: 2 });
          else Object.assign(shown, { color: dim, label: "", zIndex: 0 });
        }
        if (node === selected) Object.assign(shown, { highlighted: true, forceLabel: true, zIndex: 3 });
        return shown;
      },
      edgeReducer: (edge, data) => {
        const shown: Partial<EdgeDisplayData> & ViewEdge = { ...data, color: edgeColor, label: "" };
        const [source, target] = graph.extremities(edge);
        if (
          hiddenTypes.has(data.relType) ||
          timeHidden.relationships.has(edge) ||
          isHidden(source) ||
          isHidden(target)
        )
          return { ...shown, hidden: true };
        const touches = focus !== null && (source === focus || target === focus);
        if (path) {
          if (path.relationships.has(edge))
            Object.assign(shown, {
              color: accent,
              size: Math.max(data.size, 3),
              label: data.relType,
              zIndex: 2,
            });
          else Object.assign(shown, { color: dim });
        }
        if (near) {
          if (touches) Object.assign(shown, { label: data.relType, size: Math.max(data.size, 2), zIndex: 1 });
          else if (hovered) Object.assign(shown, { color: dim });
        }
        if (edge === selected)
          Object.assign(shown, {
            color: accent,
            size: Math.max(data.size, 3),
            label: data.relType,
            zIndex: 3,
          });
        return shown;
      },
    });
    // `view` is listed so the reducers run again when the graph changes.
  }, [setSettings, graph, hovered, selected, hiddenLabels, hiddenTypes, timeHidden, path, dark, view]);

  return null;
}
