import { existsSync, readFileSync } from "node:fs";

/** Resident memory of a process in bytes (Linux /proc), or undefined once it is gone. */
export function rssOf(pid: number): number | undefined {
  const file = `/proc/${pid}/status`;
  if (!existsSync(file)) return undefined;
  const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(file, "utf8"));
  return match ? Number(match[1]) * 1024 : undefined;
}

/** Samples a process's RSS every interval until stopped; returns the peak and the last sample. */
export function sampleRss(pid: number, intervalMs = 250): () => { peak: number; last: number } {
  let peak = 0;
  let last = 0;
  const take = () => {
    const rss = rssOf(pid);
    if (rss === undefined) return;
    last = rss;
    peak = Math.max(peak, rss);
  };
  take();
  const timer = setInterval(take, intervalMs);
  return () => {
    clearInterval(timer);
    take();
    return { peak, last };
  };
}

export const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);
