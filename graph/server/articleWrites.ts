import type { FastifyReply, FastifyRequest } from "fastify";
import { isIPv4 } from "node:net";
import { articlesDirFromEnv } from "../corpus/articlesDir.ts";
import type { Env } from "../config/env.ts";
import type { Database } from "../db/database.ts";
import { errorAnswer } from "./errors.ts";

/** Where added articles go, and whether this server may write there at all. */
export interface ArticleWrites {
  dir: string;
  /** False when the server listens beyond loopback and the operator has not allowed writes. */
  enabled: boolean;
  /** The sentence answered while writes are off. */
  offReason?: string;
}

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

/** Refuses a write route before the body is read: writes off, or a body that is not JSON. */
export function writeGate(writes: ArticleWrites | undefined) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!writes?.enabled) {
      const { status, body } = errorAnswer(
        "writes_off",
        writes?.offReason ?? "Writing articles is off on this server.",
      );
      return reply.code(status).send(body);
    }
    const type = request.headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
    if (type !== "application/json") {
      const { status, body } = errorAnswer(
        "unsupported_media_type",
        "Send JSON (Content-Type: application/json).",
      );
      return reply.code(status).send(body);
    }
    return undefined;
  };
}

/** Links suggestions to the graph when Neo4j answers; otherwise says linking was skipped. */
export async function reachable(db: Database, log: (line: string) => void): Promise<Database | undefined> {
  try {
    await db.read("api/components");
    return db;
  } catch {
    log("Neo4j cannot be reached, so linking to the graph was skipped.");
    return undefined;
  }
}
