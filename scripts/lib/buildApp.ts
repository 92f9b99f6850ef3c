import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../graph/neo4j/local/paths.ts";

export const distDir = join(projectRoot, "dist");
const sources = [
  join(projectRoot, "app"),
  join(projectRoot, "graph"),
  join(projectRoot, "vite.config.ts"),
  join(projectRoot, "package-lock.json"),
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds the front end when dist/ is missing or older than its sources; returns dist/. */
export async function ensureAppBuilt(log: (line: string) => void): Promise<string> {
  const index = join(distDir, "index.html");
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  if (built > Math.max(...sources.map(newestMtime))) return distDir;
  log("Building the app...");
  const { build } = await import("vite");
  await build({ configFile: join(projectRoot, "vite.config.ts"), logLevel: "warn" });
  return distDir;
}
