import { useEffect, useState } from "react";
import { useExplorer } from "../../shell/explorerContext.ts";
import { type FrameLayout, frameLayout } from "./frameLayout.ts";
import { removeOverlaps } from "./initialLayout.ts";
import { useMapMode } from "../map/mapMode.ts";

/** Starts and stops ForceAtlas2 in a web worker; stopping also removes overlaps. Off on the map, where places do not move. */
export function LayoutButton() {
  const { graph, sigma } = useExplorer();
  const map = useMapMode().on;
  const [layout, setLayout] = useState<FrameLayout | null>(null);

  useEffect(() => () => layout?.kill(), [layout]);

  const toggle = () => {
    if (layout) {
      layout.kill();
      setLayout(null);
      const container = sigma?.getContainer();
      removeOverlaps(graph, Math.min(container?.clientWidth ?? 800, container?.clientHeight ?? 600));
      return;
    }
    if (!sigma) return;
    const next = frameLayout(graph, sigma);
    next.start();
    setLayout(next);
  };

  return (
    <button type="button" onClick={toggle} aria-pressed={layout !== null} disabled={map && layout === null}>
      {layout ? "Stop layout" : "Run layout"}
    </button>
  );
}
