import { z } from "zod";
import { UserFacingError } from "./userError.ts";

/**
 * Every environment variable the project reads, in one schema, so that a typo
 * or a bad value is reported once, by name, before anything starts.
 */
const port = z.coerce
  .number({ error: "must be a port number" })
  .int("must be a whole number")
  .min(1, "must be between 1 and 65535")
  .max(65535, "must be between 1 and 65535");

const memory = z.string().regex(/^\d+[kmg]$/i, "must be a size such as 512m or 2g");

/** A duration such as 10s, 500ms or 1m, in milliseconds. */
const durationMs = z
  .string()
  .regex(/^\d+(ms|s|m)$/, "must be a duration such as 10s, 500ms or 1m")
  .transform((v) => {
    const [, amount, unit] = /^(\d+)(ms|s|m)$/.exec(v) ?? [];
    return Number(amount) * (unit === "m" ? 60_000 : unit === "s" ? 1000 : 1);
  })
  .refine((ms) => ms > 0, "must be longer than 0");

const positiveCount = z.coerce
  .number({ error: "must be a whole number" })
  .int("must be a whole number")
  .min(1, "must be at least 1");

const flag = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(
    z.enum(["", "0", "1", "false", "true", "no", "yes", "off", "on"], {
      error: "must be true or false (also 1/0, yes/no, on/off)",
    }),
  )
  .transform((v) => ["1", "true", "yes", "on"].includes(v));

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v));

export const envSchema = z.object({
  NEO4J_URI: optionalText.pipe(
    z
      .string()
      .regex(
        /^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/,
        "must look like bolt://host:7687, neo4j://host or neo4j+s://host",
      )
      .optional(),
  ),
  NEO4J_USER: optionalText,
  NEO4J_PASSWORD: optionalText,
  NEO4J_DATABASE: optionalText,
  NEO4J_PORT: port.default(7687),
  NEO4J_DATA: optionalText,
  NEO4J_HEAP: memory.default("1g"),
  NEO4J_PAGECACHE: memory.default("512m"),
  NEO4J_TX_TIMEOUT: z
    .string()
    .regex(/^\d+(ms|s|m)$/, "must be a duration such as 120s or 5m")
    .default("120s"),
  NEO4J_TX_MEMORY: memory.default("512m"),
  // The workbench's own local Neo4j (read-only copy of the graph), when Dossier runs Neo4j itself.
  WORKBENCH_NEO4J_PORT: port.default(7688),
  WORKBENCH_NEO4J_HEAP: memory.default("512m"),
  WORKBENCH_NEO4J_PAGECACHE: memory.default("64m"),
  // The explorer API: time limit of each of its read transactions.
  API_TIMEOUT: durationMs.default(5000),
  HOST: z.string().default("127.0.0.1"),
  // The Cypher workbench (POST /api/query).
  QUERY_TIMEOUT: durationMs.default(10_000),
  QUERY_TIMEOUT_MAX: durationMs.default(60_000),
  QUERY_MAX_ROWS: positiveCount.default(5000),
  QUERY_MAX_NODES: positiveCount.default(2000),
  QUERY_MAX_BYTES: positiveCount.default(16 * 1024 * 1024),
  DOSSIER_ALLOW_WRITES: flag.default(false),
  // The local NLP engine (Stanford CoreNLP server) that suggests entities and relations.
  NLP_PORT: port.default(9300),
  // Unset: 2g for English alone, 3g once the French models are installed (graph/nlp/languages.ts).
  NLP_HEAP: memory.optional(),
  // A CoreNLP server already running elsewhere (http://host:port); then none is started here.
  NLP_URL: optionalText.pipe(
    z
      .string()
      .regex(/^https?:\/\/.+/, "must look like http://127.0.0.1:9000")
      .optional(),
  ),
  // "off" turns CoreNLP off: suggestions then come from the graph's names and the rules alone.
  NLP_ENGINE: z.enum(["corenlp", "off"], { error: "must be corenlp or off" }).default("corenlp"),
  // Adding articles: where the article folders are, and whether a server
  // listening beyond loopback may write them (POST /api/articles).
  DOSSIER_ARTICLES: optionalText,
  DOSSIER_REMOTE_WRITES: flag.default(false),
  PORT: port.default(5173),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends UserFacingError {
  override name = "ConfigError";
}

/** Parses the environment; throws one sentence naming the first bad variable. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = issue?.path.join(".") ?? "environment";
  throw new ConfigError(`${name}=${JSON.stringify(source[name] ?? "")} ${issue?.message ?? "is not valid"}.`);
}
