/** Latencies and statuses of GET requests sent one after another. */
export interface ProbeRun {
  latencies: number[];
  statuses: number[];
}

async function timedGet(url: string, run: ProbeRun): Promise<void> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  run.latencies.push(performance.now() - started);
  run.statuses.push(response.status);
}

/** `count` calls of each path, one at a time, on an otherwise idle server. */
export async function probeAlone(base: string, paths: readonly string[], count: number) {
  const runs = new Map(paths.map((p) => [p, { latencies: [], statuses: [] } as ProbeRun]));
  for (let i = 0; i < count; i++) for (const path of paths) await timedGet(`${base}${path}`, runs.get(path)!);
  return runs;
}

/** Calls each path in turn, one at a time, until `busy` settles (another load runs meanwhile). */
export async function probeWhile(base: string, paths: readonly string[], busy: Promise<unknown>) {
  const runs = new Map(paths.map((p) => [p, { latencies: [], statuses: [] } as ProbeRun]));
  let done = false;
  void busy.finally(() => (done = true));
  while (!done) for (const path of paths) await timedGet(`${base}${path}`, runs.get(path)!);
  return runs;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
