import { createContext, useContext } from "react";
import type { Rings } from "../../shell/map/outlines.ts";

/** Whether the explorer shows the graph on the map (`view=map` in the address) or as laid out. */
export interface MapMode {
  on: boolean;
  toggle(): void;
  /** The country outlines, once the map has been shown (they are loaded then); null before. */
  outlines: Rings | null;
}

export const MapModeContext = createContext<MapMode | null>(null);

export function useMapMode(): MapMode {
  const mode = useContext(MapModeContext);
  if (!mode) throw new Error("useMapMode is used outside the explorer.");
  return mode;
}

/** Reads the map mode from a query string: `view=map`. */
export function decodeMapMode(search: string): boolean {
  return new URLSearchParams(search).get("view") === "map";
}

export function encodeMapMode(on: boolean, params: URLSearchParams): void {
  if (on) params.set("view", "map");
}
