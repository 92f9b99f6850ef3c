import type FA2Layout from "graphology-layout-forceatlas2/worker";
import { useEffect, useState } from "react";
import { useExplorer } from "../context.ts";
import { removeOverlaps } from "./initialLayout.ts";
import { workerLayout } from "./workerLayout.ts";

/** Starts and stops ForceAtlas2 in a web worker; stopping also removes overlaps. */
export function LayoutButton() {
  const { graph, sigma } = useExplorer();
  const [layout, setLayout] = useState<FA2Layout | null>(null);

  useEffect(() => () => layout?.kill(), [layout]);

  const toggle = () => {
    if (layout) {
      layout.kill();
      setLayout(null);
      const container = sigma?.getContainer();
      removeOverlaps(graph, Math.min(container?.clientWidth ?? 800, container?.clientHeight ?? 600));
      return;
    }
    const worker = workerLayout(graph);
    worker.start();
    setLayout(worker);
  };

  return (
    <button type="button" onClick={toggle} aria-pressed={layout !== null}>
      {layout ? "Stop layout" : "Run layout"}
    </button>
  );
}
