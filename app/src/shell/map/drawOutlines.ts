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

/** Graph to screen at one camera: screen = o + x·(a, b) + y·(c, d). sigma's is affine, so three points give it. */
interface Affine {
  ox: number;
  oy: number;
  a: number;
  b: number;
  c: number;
  d: number;
}

function affineOf(camera: MapCamera): Affine {
  const o = camera.graphToViewport({ x: 0, y: 0 });
  const ex = camera.graphToViewport({ x: 1, y: 0 });
  const ey = camera.graphToViewport({ x: 0, y: 1 });
  return { ox: o.x, oy: o.y, a: ex.x - o.x, b: ex.y - o.y, c: ey.x - o.x, d: ey.y - o.y };
}

/** Fills and strokes every ring at `t`, moved by (dx, dy) pixels. */
function paintRings(
  context: CanvasRenderingContext2D,
  rings: Rings,
  t: Affine,
  dx: number,
  dy: number,
): void {
  context.beginPath();
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i += 2) {
      const x = ring[i]!;
      const y = ring[i + 1]!;
      const sx = dx + t.ox + t.a * x + t.c * y;
      const sy = dy + t.oy + t.b * x + t.d * y;
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

/** Draws the outlines once at the camera's present state (what an image export needs). */
export function drawOutlines(canvas: HTMLCanvasElement, camera: MapCamera, rings: Rings): void {
  const { width, height } = camera.getDimensions();
  const context = sized(canvas, width, height);
  context.clearRect(0, 0, width, height);
  paintRings(context, rings, affineOf(camera), 0, 0);
}

const same = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y), 1);

/**
 * Draws the outlines at each frame's camera for a view that pans: they are
 * painted on a cache half a screen larger on every side, and a frame that
 * only moves the camera within that margin copies the cache shifted, rather
 * than filling and stroking every country again (which cost about 20 ms a
 * frame at 5k nodes in software rendering). A zoom or a longer move paints
 * the cache anew.
 */
export function outlinePainter(rings: Rings): (canvas: HTMLCanvasElement, camera: MapCamera) => void {
  const cache = document.createElement("canvas");
  let painted: { t: Affine; width: number; height: number } | null = null;
  return (canvas, camera) => {
    const { width, height } = camera.getDimensions();
    const t = affineOf(camera);
    const [padX, padY] = [width / 2, height / 2];
    let [dx, dy] = painted ? [t.ox - painted.t.ox, t.oy - painted.t.oy] : [0, 0];
    const reusable =
      painted !== null &&
      painted.width === width &&
      painted.height === height &&
      same(t.a, painted.t.a) &&
      same(t.b, painted.t.b) &&
      same(t.c, painted.t.c) &&
      same(t.d, painted.t.d) &&
      Math.abs(dx) < padX &&
      Math.abs(dy) < padY;
    if (!reusable) {
      const cacheContext = sized(cache, width + 2 * padX, height + 2 * padY);
      cacheContext.clearRect(0, 0, width + 2 * padX, height + 2 * padY);
      paintRings(cacheContext, rings, t, padX, padY);
      painted = { t, width, height };
      [dx, dy] = [0, 0];
    }
    const context = sized(canvas, width, height);
    context.clearRect(0, 0, width, height);
    context.drawImage(cache, dx - padX, dy - padY, width + 2 * padX, height + 2 * padY);
  };
}
