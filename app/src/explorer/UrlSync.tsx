import { useEffect } from "react";
import { useControls } from "./controls.ts";
import { useInvestigation } from "./investigations/investigationState.ts";
import { encodeMinSources } from "./legend/minSources.ts";
import { encodeMapMode, useMapMode } from "./map/mapMode.ts";
import { encodeUrlView } from "./state/urlState.ts";
import { encodeFrame } from "./time/frameParam.ts";
import { useFrame } from "./time/frameState.ts";
import { encodeTimeFilter } from "./time/timeFilter.ts";

/** Keeps the address bar in step with the view (open investigation, focused node, expanded nodes, time and sources filters, timeline frame, map), so a copied link reopens it. */
export function UrlSync({ ready }: { ready: boolean }) {
  const { selected, view, minSources } = useControls();
  const focus = selected && view.nodes[selected] ? selected : null;
  const expanded = view.expanded;
  const timeFilter = view.timeFilter;
  const { frame } = useFrame();
  const map = useMapMode().on;
  const investigation = useInvestigation().current?.slug ?? null;
  useEffect(() => {
    if (!ready) return;
    const params = new URLSearchParams(encodeUrlView({ focus, expanded }));
    // The investigation first: the address then opens it as saved, whatever else it says.
    if (investigation) params.set("investigation", investigation);
    encodeTimeFilter(timeFilter, params);
    encodeFrame(frame, params);
    encodeMinSources(minSources, params);
    encodeMapMode(map, params);
    const search = params.size > 0 ? `?${params.toString()}` : "";
    if (search !== window.location.search) {
      window.history.replaceState(null, "", `${window.location.pathname}${search}`);
    }
  }, [ready, focus, expanded, timeFilter, frame, minSources, map, investigation]);
  return null;
}
