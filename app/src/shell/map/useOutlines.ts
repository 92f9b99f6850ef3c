import { useEffect, useState } from "react";
import { loadOutlines, type Rings } from "./outlines.ts";

/** The country outlines once loaded (null before): loading starts when a component first asks. */
export function useOutlines(): Rings | null {
  const [rings, setRings] = useState<Rings | null>(null);
  useEffect(() => {
    let live = true;
    void loadOutlines().then((loaded) => {
      if (live) setRings(loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  return rings;
}
