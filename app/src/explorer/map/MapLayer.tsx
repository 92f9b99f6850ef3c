import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import type { ViewEdge, ViewNode } from "../../shell/explorerContext.ts";
import { fitCamera } from "../canvas/fitCamera.ts";
import { layoutView } from "../layout/layoutView.ts";
import { MAP_LAYER, outlinePainter } from "../../shell/map/drawOutlines.ts";
import { mapPositions } from "./mapPositions.ts";
import { useMapMode } from "./mapMode.ts";
import { nodeLocation } from "./nodeLocation.ts";

/**
 * While the map is on: country outlines on a canvas under sigma's own,
 * redrawn after each of sigma's renders (so pan and zoom move them with the
 * graph), and every node at its place on the map. The one graph keeps its
 * filters, reducers and events; only x and y change, and the laid-out
 * positions come back when the map is turned off.
 */
export function MapLayer() {
  const sigma = useSigma<ViewNode, ViewEdge>();
  const { on, outlines: rings } = useMapMode();

  useEffect(() => {
    if (!on || !rings) return;
    // A plain 2D canvas, sized by the painter: sigma's canvas contexts cannot go under the edges.
    const canvas = sigma.createCanvas(MAP_LAYER, { beforeLayer: "edges" }) as HTMLCanvasElement;
    canvas.dataset.rings = String(rings.length);
    const paint = outlinePainter(rings);
    const draw = () => paint(canvas, sigma);
    sigma.on("afterRender", draw);
    draw();
    return () => {
      sigma.off("afterRender", draw);
      sigma.killLayer(MAP_LAYER);
    };
  }, [on, rings, sigma]);

  useEffect(() => {
    if (!on) return;
    const graph = sigma.getGraph();
    const laidOut = new Map<string, { x: number; y: number }>();
    graph.forEachNode((id, a) => laidOut.set(id, { x: a.x, y: a.y }));
    const place = () => {
      const positions = mapPositions({
        nodes: graph.mapNodes((id, a) => ({ id, location: nodeLocation(a.properties) })),
        neighbours: (id) => graph.neighbors(id),
      });
      graph.updateEachNodeAttributes((id, a) => ({ ...a, ...positions.get(id) }), { attributes: ["x", "y"] });
    };
    const fit = () => {
      sigma.refresh();
      sigma.getCamera().setState(fitCamera(sigma));
    };
    place();
    fit();
    // Nodes added meanwhile (an expand, an undo) take their places once the view is in step.
    let pending = false;
    const added = () => {
      if (pending) return;
      pending = true;
      queueMicrotask(() => {
        pending = false;
        place();
      });
    };
    graph.on("nodeAdded", added);
    graph.on("edgeAdded", added);
    return () => {
      graph.off("nodeAdded", added);
      graph.off("edgeAdded", added);
      // Opened on the map (from a link): there is no layout to give back, so the view is laid out.
      if (laidOut.size === 0) {
        layoutView(graph, sigma);
        return;
      }
      graph.updateEachNodeAttributes(
        (id, a) => {
          // A node added on the map goes beside a neighbour's laid-out position.
          const near =
            laidOut.get(id) ??
            graph
              .neighbors(id)
              .map((n) => laidOut.get(n))
              .find(Boolean);
          return near ? { ...a, x: near.x, y: near.y } : a;
        },
        { attributes: ["x", "y"] },
      );
      fit();
    };
  }, [on, sigma]);

  return null;
}
