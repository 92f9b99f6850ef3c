import { isIPv4 } from "node:net";
import { articlesDirFromEnv } from "../articles/articlesDir.ts";
import type { Env } from "../config/env.ts";
import type { ArticleWrites } from "./routes/addArticle.ts";

/** 127.0.0.0/8, ::1 and localhost: addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const name = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "");
  if (name === "localhost" || name === "::1") return true;
  return isIPv4(name) && name.startsWith("127.");
}

/**
 * The write routes (add, save a draft, suggest again, publish) write files on this machine and run the suggestion
 * engine: served on loopback it is the user's own; on any other address
 * anyone who reaches the port could fill the disk, so it is off unless
 * DOSSIER_REMOTE_WRITES says otherwise.
 */
export function articleWritesFromEnv(
  env: Pick<Env, "HOST" | "DOSSIER_ARTICLES" | "DOSSIER_REMOTE_WRITES">,
): ArticleWrites {
  const enabled = isLoopbackHost(env.HOST) || env.DOSSIER_REMOTE_WRITES;
  return {
    dir: articlesDirFromEnv(env),
    enabled,
    offReason: `Writing articles (add, save, publish) is off because the server listens on ${env.HOST}, beyond this machine; set DOSSIER_REMOTE_WRITES=true to allow it.`,
  };
}
