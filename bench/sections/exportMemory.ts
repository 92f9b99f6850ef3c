import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../graph/neo4j/local/paths.ts";
import { mb, sampleRss } from "../measure/rss.ts";
import type { BenchNeo4j } from "../neo4j.ts";
import type { Results } from "../results.ts";
import { countAll } from "./loadCsv.ts";

/** Peak RSS of `npm run export -- --all` (the streaming CLI, in its own process) against its output size. */
export async function benchExportMemory(results: Results, db: BenchNeo4j, size: string): Promise<void> {
  const counts = await countAll(db.driver);
  console.log(
    `\n[export memory ${size}] --all of ${counts.nodes} nodes / ${counts.relationships} relationships`,
  );
  const dir = mkdtempSync(join(tmpdir(), "dossier-bench-export-"));
  const out = join(dir, "all.json");
  try {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        join(projectRoot, "scripts", "export.ts"),
        "--all",
        "--format",
        "json",
        "--out",
        out,
      ],
      {
        cwd: projectRoot,
        env: { ...process.env, NEO4J_URI: db.uri, NEO4J_USER: "neo4j", NEO4J_PASSWORD: db.password },
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const stop = sampleRss(child.pid!, 100);
    const started = performance.now();
    const [code] = (await once(child, "exit")) as [number | null];
    const seconds = (performance.now() - started) / 1000;
    const rss = stop();
    if (code !== 0) {
      results.skipped(
        "memory",
        "export peak RSS",
        `npm run export exited with ${code}: ${stderr.trim().split("\n")[0]}`,
      );
      return;
    }
    const bytes = statSync(out).size;
    const note = `${counts.nodes} nodes / ${counts.relationships} relationships, ${seconds.toFixed(1)} s`;
    results.figure(
      "memory",
      `${size} streaming export --all --format json: peak RSS`,
      mb(rss.peak),
      "MB",
      note,
    );
    results.figure("memory", `${size} streaming export: output size`, mb(bytes), "MB");
    results.figure(
      "memory",
      `${size} streaming export: peak RSS / output size`,
      Math.round((rss.peak / bytes) * 100) / 100,
      "×",
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
