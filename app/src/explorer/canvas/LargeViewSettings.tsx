import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import type { ViewEdge, ViewNode } from "../../shell/explorerContext.ts";
import { movementSettings } from "./largeView.ts";

/** Keeps sigma's movement settings in step with the number of relationships on screen. */
export function LargeViewSettings() {
  const sigma = useSigma<ViewNode, ViewEdge>();
  useEffect(() => {
    const graph = sigma.getGraph();
    let large: boolean | undefined;
    const update = () => {
      const settings = movementSettings(graph.size);
      if (settings.hideEdgesOnMove === large) return;
      large = settings.hideEdgesOnMove;
      sigma.setSetting("hideEdgesOnMove", settings.hideEdgesOnMove);
      sigma.setSetting("hideLabelsOnMove", settings.hideLabelsOnMove);
    };
    update();
    graph.on("edgeAdded", update);
    graph.on("edgeDropped", update);
    graph.on("cleared", update);
    graph.on("edgesCleared", update);
    return () => {
      graph.off("edgeAdded", update);
      graph.off("edgeDropped", update);
      graph.off("cleared", update);
      graph.off("edgesCleared", update);
    };
  }, [sigma]);
  return null;
}
