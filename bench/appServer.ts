import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { projectRoot } from "../graph/neo4j/local/paths.ts";
import { freePort } from "../tests/support/freePort.ts";
import type { BenchNeo4j } from "./neo4j.ts";

export interface AppChild {
  url: string;
  pid: number;
  /** What it printed so far. */
  output: () => string;
  /** Stops it as Ctrl-C does by default; resolves once it has exited. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

/**
 * The product's own `npm start --no-load` in a child process (its own event
 * loop and memory, as users run it), pointed at the bench Neo4j, or, without
 * one, starting its own local Neo4j instances as the environment describes.
 */
export async function startAppChild(
  db: Pick<BenchNeo4j, "uri" | "password" | "articlesDir"> | undefined,
  env: Record<string, string> = {},
): Promise<AppChild> {
  const articles = env.DOSSIER_ARTICLES ?? db?.articlesDir;
  if (db && !articles)
    throw new Error("The bench's app server needs the articles folder its Neo4j was loaded from.");
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", join(projectRoot, "scripts", "start.ts"), "--no-load"],
    {
      cwd: projectRoot,
      env: {
        ...process.env,
        ...(db ? { NEO4J_URI: db.uri, NEO4J_USER: "neo4j", NEO4J_PASSWORD: db.password } : {}),
        ...(articles ? { DOSSIER_ARTICLES: articles } : {}),
        HOST: "127.0.0.1",
        PORT: String(port),
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Dossier is ready: (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) =>
      reject(new Error(`The app server exited (code ${code}) before it was ready:\n${output}`)),
    );
  });
  return {
    url,
    pid: child.pid!,
    output: () => output,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode !== null) return;
      const exited = once(child, "exit");
      child.kill(signal);
      await exited;
    },
  };
}
