import { useState } from "react";
import { WATCH_LIMITS } from "../../../../graph/contract/watches.ts";
import type { GraphNode } from "../../../../graph/model/graphJson.ts";
import { WatchButton } from "./WatchButton.tsx";

const HOPS = Array.from({ length: WATCH_LIMITS.maxHops }, (_, i) => i + 1);

/** In the path panel, once both ends are chosen: watch for a new path of at most N hops between them. */
export function WatchPair({ from, to }: { from: GraphNode; to: GraphNode }) {
  const [hops, setHops] = useState(3);
  const a = from.properties.id;
  const b = to.properties.id;
  if (typeof a !== "string" || typeof b !== "string" || a === b) return null;
  return (
    <div className="watch-pair">
      <label>
        Within{" "}
        <select value={hops} onChange={(e) => setHops(Number(e.target.value))}>
          {HOPS.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>{" "}
        hops
      </label>
      <WatchButton target={{ kind: "pair", from: a, to: b, hops }} text="Watch pair" />
    </div>
  );
}
