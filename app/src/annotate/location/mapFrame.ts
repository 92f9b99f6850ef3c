import type { MapCamera } from "../../shell/map/drawOutlines.ts";
import { projectLonLat } from "../../shell/map/projection.ts";

export interface LonLat {
  lon: number;
  lat: number;
}

/** Degrees of longitude a frame spans at least, so that a lone point shows its region. */
const MIN_SPAN = 30;

/**
 * A fixed camera for a small map: graph coordinates (the shared projection)
 * to pixels of a `width` × `height` canvas, framing every point with a
 * margin, or the whole world when there is none.
 */
export function frameCamera(points: readonly LonLat[], width: number, height: number): MapCamera {
  const projected = points.map((p) => projectLonLat(p.lon, p.lat));
  const box =
    projected.length === 0
      ? { left: -180, right: 180, bottom: -60, top: 85 }
      : projected.reduce(
          (b, p) => ({
            left: Math.min(b.left, p.x),
            right: Math.max(b.right, p.x),
            bottom: Math.min(b.bottom, p.y),
            top: Math.max(b.top, p.y),
          }),
          { left: Infinity, right: -Infinity, bottom: Infinity, top: -Infinity },
        );
  const cx = (box.left + box.right) / 2;
  const cy = (box.bottom + box.top) / 2;
  const spanX = Math.max(box.right - box.left, MIN_SPAN) * (projected.length > 0 ? 1.3 : 1);
  const spanY =
    Math.max(box.top - box.bottom, (MIN_SPAN * height) / width) * (projected.length > 0 ? 1.3 : 1);
  const k = Math.min(width / spanX, height / spanY);
  return {
    getDimensions: () => ({ width, height }),
    graphToViewport: ({ x, y }) => ({ x: width / 2 + (x - cx) * k, y: height / 2 - (y - cy) * k }),
  };
}
