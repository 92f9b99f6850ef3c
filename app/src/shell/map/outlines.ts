import { geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { projection } from "./projection.ts";

/** Country outlines as rings of graph coordinates (x0, y0, x1, y1, ...), ready to draw at any camera. */
export type Rings = Float64Array[];

/**
 * Natural Earth's 1:110m countries (world-atlas), loaded when a map is
 * first shown (the explorer's Map view, Annotate's Location part) so that the
 * first load of the page does not carry them. d3-geo projects them and cuts
 * the rings that cross the antimeridian (Russia, Fiji), which drawn whole
 * would run across the world; its path calls are recorded as rings, so each
 * frame only transforms points.
 */
async function decodeOutlines(): Promise<Rings> {
  const world = (await import("world-atlas/countries-110m.json")).default as unknown as Topology<{
    countries: GeometryCollection;
  }>;
  const rings: number[][] = [];
  let ring: number[] = [];
  // d3 draws y down; sigma's graph y points up.
  const recorder = {
    beginPath: () => undefined,
    moveTo: (x: number, y: number) => {
      ring = [x, -y];
      rings.push(ring);
    },
    lineTo: (x: number, y: number) => {
      ring.push(x, -y);
    },
    closePath: () => undefined,
    arc: () => undefined,
  };
  geoPath(projection, recorder)(feature(world, world.objects.countries));
  return rings.map((r) => Float64Array.from(r));
}

let loading: Promise<Rings> | undefined;

/** The outlines, decoded once per page whichever map asks first. */
export function loadOutlines(): Promise<Rings> {
  loading ??= decodeOutlines();
  return loading;
}
