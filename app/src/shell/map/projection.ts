import { geoEquirectangular } from "d3-geo";

/**
 * Longitude and latitude to graph coordinates: an equirectangular projection
 * in degrees (x = longitude, y = latitude). sigma's y axis points up, so
 * north is up on screen; one projection serves the nodes and the outlines.
 */
export const projection = geoEquirectangular()
  .scale(180 / Math.PI)
  .translate([0, 0]);

export function projectLonLat(lon: number, lat: number): { x: number; y: number } {
  const [x, y] = projection([lon, lat]) ?? [lon, -lat];
  return { x, y: -y };
}
