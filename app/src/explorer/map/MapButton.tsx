import { useMapMode } from "./mapMode.ts";

/** The toolbar's Map toggle: the same graph on a map of the world, or as laid out. */
export function MapButton() {
  const { on, toggle } = useMapMode();
  return (
    <button type="button" aria-pressed={on} onClick={toggle} title="Show the graph on a map of the world">
      Map
    </button>
  );
}
