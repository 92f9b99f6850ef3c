import { useRegisterEvents, useSigma } from "@react-sigma/core";
import { useEffect, useRef } from "react";
import { useExplorer, type ViewEdge, type ViewNode } from "../../shell/explorerContext.ts";
import { useControls } from "../controls.ts";
import { useSetHighlight } from "../highlight.ts";

/**
 * Mouse on the canvas: click selects a node or relationship, double-click
 * expands, hover highlights, dragging a node moves and pins it.
 */
export function GraphEvents() {
  const sigma = useSigma<ViewNode, ViewEdge>();
  const registerEvents = useRegisterEvents<ViewNode, ViewEdge>();
  const { select, graph } = useExplorer();
  const { expand, clearSelection, dispatch } = useControls();
  const { setHovered } = useSetHighlight();
  const drag = useRef<{ id: string; moved: boolean } | null>(null);

  useEffect(() => {
    const container = sigma.getContainer();
    registerEvents({
      clickNode: (e) => select(e.node),
      doubleClickNode: (e) => {
        e.preventSigmaDefault();
        void expand(e.node);
      },
      clickEdge: (e) => select(e.edge),
      clickStage: () => clearSelection(),
      enterNode: (e) => {
        setHovered(e.node);
        container.style.cursor = "pointer";
      },
      leaveNode: () => {
        setHovered(null);
        container.style.cursor = "";
      },
      enterEdge: () => {
        container.style.cursor = "pointer";
      },
      leaveEdge: () => {
        container.style.cursor = "";
      },
      downNode: (e) => {
        drag.current = { id: e.node, moved: false };
      },
      mousemovebody: (e) => {
        const dragged = drag.current;
        if (!dragged || !graph.hasNode(dragged.id)) return;
        dragged.moved = true;
        const position = sigma.viewportToGraph(e);
        graph.mergeNodeAttributes(dragged.id, { x: position.x, y: position.y });
        e.preventSigmaDefault();
        e.original.preventDefault();
        e.original.stopPropagation();
      },
      mouseup: () => {
        const dragged = drag.current;
        drag.current = null;
        if (dragged?.moved && graph.hasNode(dragged.id) && !graph.getNodeAttribute(dragged.id, "pinned")) {
          dispatch({ type: "pin", id: dragged.id, pinned: true });
        }
      },
    });
  }, [sigma, registerEvents, select, expand, setHovered, clearSelection, dispatch, graph]);

  return null;
}
