import { type ReactNode, useEffect, useMemo, useState } from "react";
import { decodeMapMode, MapModeContext } from "./mapMode.ts";
import { loadOutlines, type Rings } from "../../shell/map/outlines.ts";

/** Holds the map toggle, starting from the link's `view=map`, and the outlines once it is first on. */
export function MapModeProvider({ children }: { children: ReactNode }) {
  const [on, setOn] = useState(() => decodeMapMode(window.location.search));
  const [outlines, setOutlines] = useState<Rings | null>(null);

  useEffect(() => {
    if (!on || outlines) return;
    let live = true;
    void loadOutlines().then((loaded) => {
      if (live) setOutlines(loaded);
    });
    return () => {
      live = false;
    };
  }, [on, outlines]);

  const mode = useMemo(() => ({ on, toggle: () => setOn((v) => !v), outlines }), [on, outlines]);
  return <MapModeContext.Provider value={mode}>{children}</MapModeContext.Provider>;
}
