import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { projectLonLat } from "./projection.ts";

/** Country outlines as rings of graph coordinates (x0, y0, x1, y1, ...), ready to draw at any camera. */
export type Rings = Float64Array[];

/**
 * Natural Earth's 1:110m countries (world-atlas), loaded when the map is
 * first shown so that the graph view's first load does not carry them.
 */
export async function loadOutlines(): Promise<Rings> {
  const world = (await import("world-atlas/countries-110m.json")).default as unknown as Topology<{
    countries: GeometryCollection;
  }>;
  const countries = feature(world, world.objects.countries);
  const rings: Rings = [];
  for (const country of countries.features) {
    const geometry = country.geometry;
    const polygons =
      geometry.type === "Polygon"
        ? [geometry.coordinates]
        : geometry.type === "MultiPolygon"
          ? geometry.coordinates
          : [];
    for (const polygon of polygons) {
      for (const ring of polygon) {
        const flat = new Float64Array(ring.length * 2);
        ring.forEach(([lon, lat], i) => {
          const p = projectLonLat(lon ?? 0, lat ?? 0);
          flat[2 * i] = p.x;
          flat[2 * i + 1] = p.y;
        });
        rings.push(flat);
      }
    }
  }
  return rings;
}
