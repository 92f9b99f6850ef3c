import { isTagged, type Properties } from "../../../../graph/model/graphJson.ts";

/** The WGS-84 point a node's `location` property holds (longitude x, latitude y), or null. */
export function nodeLocation(properties: Properties): { lon: number; lat: number } | null {
  const value = properties.location;
  if (!isTagged(value) || value.$type !== "point" || value.srid !== 4326) return null;
  return { lon: value.x, lat: value.y };
}
