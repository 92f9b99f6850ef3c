import { type ReactNode, useMemo, useState } from "react";
import { decodeMapMode, MapModeContext } from "./mapMode.ts";

/** Holds the map toggle, starting from the link's `view=map`. */
export function MapModeProvider({ children }: { children: ReactNode }) {
  const [on, setOn] = useState(() => decodeMapMode(window.location.search));
  const mode = useMemo(() => ({ on, toggle: () => setOn((v) => !v) }), [on]);
  return <MapModeContext.Provider value={mode}>{children}</MapModeContext.Provider>;
}
