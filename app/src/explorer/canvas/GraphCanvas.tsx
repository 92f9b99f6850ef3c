import { SigmaContainer } from "@react-sigma/core";
import "@react-sigma/core/lib/style.css";
import { useMemo } from "react";
import { drawDiscNodeHover } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import { useExplorer, type ViewEdge, type ViewNode } from "../../shell/explorerContext.ts";
import { useControls } from "../controls.ts";
import { LabelPlanner } from "../layout/LabelPlanner.tsx";
import { MapLayer } from "../map/MapLayer.tsx";
import { drawPlacedLabel } from "./drawLabel.ts";
import { GraphEvents } from "./GraphEvents.tsx";
import { LargeViewSettings } from "./LargeViewSettings.tsx";
import { TestHook } from "./TestHook.tsx";
import { useDarkMode } from "./useDarkMode.ts";
import { ViewReducers } from "./ViewReducers.tsx";

/** The sigma canvas with its controllers (events, reducers); the renderer is handed to the explorer. */
export function GraphCanvas() {
  const { graph } = useExplorer();
  const { attachSigma } = useControls();
  const dark = useDarkMode();
  const settings = useMemo<Partial<Settings<ViewNode, ViewEdge>>>(
    () => ({
      allowInvalidContainer: true,
      enableEdgeEvents: true,
      renderEdgeLabels: true,
      defaultEdgeType: "arrow",
      zIndex: true,
      labelRenderedSizeThreshold: 0,
      // Only the labels the planner forces are drawn (no two overlap at any zoom).
      labelDensity: 0,
      labelFont: "system-ui, sans-serif",
      labelSize: 13,
      labelColor: { color: dark ? "#e8eaed" : "#1f2328" },
      edgeLabelFont: "system-ui, sans-serif",
      edgeLabelSize: 11,
      edgeLabelColor: { color: dark ? "#c9cdd2" : "#4a4f55" },
      stagePadding: 40,
      defaultDrawNodeLabel: drawPlacedLabel,
      // sigma draws a hovered label on a white box: keep its text dark in both themes.
      defaultDrawNodeHover: (context, data, settings) =>
        drawDiscNodeHover(context, data, { ...settings, labelColor: { color: "#1f2328" } }),
    }),
    [dark],
  );
  return (
    <SigmaContainer<ViewNode, ViewEdge>
      ref={attachSigma}
      graph={graph}
      settings={settings}
      className="graph-canvas"
    >
      <GraphEvents />
      <LargeViewSettings />
      <ViewReducers dark={dark} />
      <LabelPlanner />
      <MapLayer />
      <TestHook />
    </SigmaContainer>
  );
}
