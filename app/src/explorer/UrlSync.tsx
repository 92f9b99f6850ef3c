import { useEffect } from "react";
import { useControls } from "./controls.ts";
import { encodeUrlView } from "./state/urlState.ts";

/** Keeps the address bar in step with the view (focused node, expanded nodes), so a copied link reopens it. */
export function UrlSync({ ready }: { ready: boolean }) {
  const { selected, view } = useControls();
  const focus = selected && view.nodes[selected] ? selected : null;
  const expanded = view.expanded;
  useEffect(() => {
    if (!ready) return;
    const search = encodeUrlView({ focus, expanded });
    if (search !== window.location.search) {
      window.history.replaceState(null, "", `${window.location.pathname}${search}`);
    }
  }, [ready, focus, expanded]);
  return null;
}
