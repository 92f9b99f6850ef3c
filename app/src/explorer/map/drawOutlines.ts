import type { Rings } from "./outlines.ts";

/** sigma's layer for the outlines (class `sigma-map`), under the edges. */
export const MAP_LAYER = "map";

/** What drawing needs of a renderer: the explorer's, or the temporary one of a PNG export. */
export interface MapCamera {
  getDimensions(): { width: number; height: number };
  graphToViewport(point: { x: number; y: number }): { x: number; y: number };
}

/** Sizes the canvas to sigma's, in device pixels, and draws in CSS pixels. */
function sized(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D {
  const ratio = window.devicePixelRatio || 1;
  const [w, h] = [Math.round(width * ratio), Math.round(height * ratio)];
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  const context = canvas.getContext("2d")!;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  return context;
}

/**
 * Draws the outlines at sigma's present camera. Graph to screen is affine,
 * so it is read once per frame from three points rather than per vertex.
 */
export function drawOutlines(canvas: HTMLCanvasElement, sigma: MapCamera, rings: Rings): void {
  const { width, height } = sigma.getDimensions();
  const context = sized(canvas, width, height);
  const o = sigma.graphToViewport({ x: 0, y: 0 });
  const ex = sigma.graphToViewport({ x: 1, y: 0 });
  const ey = sigma.graphToViewport({ x: 0, y: 1 });
  const [a, b, c, d] = [ex.x - o.x, ex.y - o.y, ey.x - o.x, ey.y - o.y];
  context.clearRect(0, 0, width, height);
  context.beginPath();
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i += 2) {
      const x = ring[i]!;
      const y = ring[i + 1]!;
      const sx = o.x + a * x + c * y;
      const sy = o.y + b * x + d * y;
      if (i === 0) context.moveTo(sx, sy);
      else context.lineTo(sx, sy);
    }
    context.closePath();
  }
  context.fillStyle = "rgba(128, 140, 150, 0.16)";
  context.fill("evenodd");
  context.strokeStyle = "rgba(110, 120, 130, 0.55)";
  context.lineWidth = 0.8;
  context.stroke();
}
