import { useEffect, useRef } from "react";
import { drawOutlines } from "../../shell/map/drawOutlines.ts";
import { projectLonLat } from "../../shell/map/projection.ts";
import { useOutlines } from "../../shell/map/useOutlines.ts";
import { frameCamera, type LonLat } from "./mapFrame.ts";

const WIDTH = 280;
const HEIGHT = 140;

function dot(context: CanvasRenderingContext2D, at: { x: number; y: number }, radius: number, fill: string) {
  context.beginPath();
  context.arc(at.x, at.y, radius, 0, 2 * Math.PI);
  context.fillStyle = fill;
  context.fill();
  context.strokeStyle = "white";
  context.lineWidth = 1;
  context.stroke();
}

/**
 * A small map of the country outlines (the explorer's, same projection) with
 * the place's point and, in grey, the other places its name may stand for.
 */
export function LocationMap({
  point,
  others,
  label,
}: {
  point: LonLat | null;
  others: readonly LonLat[];
  label: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const rings = useOutlines();

  useEffect(() => {
    const target = canvas.current;
    if (!target) return;
    const camera = frameCamera(point ? [point, ...others] : others, WIDTH, HEIGHT);
    drawOutlines(target, camera, rings ?? []);
    const context = target.getContext("2d")!;
    const screen = (p: LonLat) => camera.graphToViewport(projectLonLat(p.lon, p.lat));
    for (const other of others) dot(context, screen(other), 3, "rgba(90, 100, 110, 0.8)");
    if (point) dot(context, screen(point), 5, "#d43d1a");
  }, [point, others, rings]);

  return (
    <canvas
      ref={canvas}
      className="location-map"
      role="img"
      aria-label={label}
      width={WIDTH}
      height={HEIGHT}
    />
  );
}
