import { z } from "zod";
import { graphJsonSchema, jsonValueSchema } from "./graph.ts";

/** Requests and answers of the Cypher workbench (POST /api/query and friends). */

export const queryRequestSchema = z
  .strictObject(
    {
      query: z
        .string({ error: "query must be a string of Cypher" })
        .refine((q) => q.trim() !== "", "query is empty: type a Cypher statement")
        .refine((q) => q.length <= 100_000, "query is longer than 100,000 characters"),
      params: z
        .record(z.string(), z.unknown(), { error: "params must be a JSON object" })
        .optional()
        .meta({ description: "Values for $parameters; whole numbers are sent to Neo4j as INTEGER." }),
      timeoutMs: z
        .number({ error: "timeoutMs must be a number of milliseconds" })
        .int("timeoutMs must be a whole number of milliseconds")
        .positive("timeoutMs must be greater than 0")
        .optional()
        .meta({ description: "At most the server's QUERY_TIMEOUT_MAX; QUERY_TIMEOUT when absent." }),
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys"
          ? `has unknown field(s) ${issue.keys.join(", ")}; expected query, params, timeoutMs`
          : 'must be a JSON object such as {"query": "RETURN 1"}',
    },
  )
  .meta({ example: { query: "MATCH (p:Person) RETURN p.name AS name LIMIT $n", params: { n: 5 } } });
export type QueryRequest = z.input<typeof queryRequestSchema>;

export const queryResultSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(jsonValueSchema)),
  graph: graphJsonSchema.meta({ description: "Every node and relationship found in the rows." }),
  rowCount: z.number().int(),
  truncated: z.boolean(),
  truncatedBy: z.enum(["rows", "nodes", "bytes"]).nullable().meta({
    description:
      "Why the result was cut: too many rows, too many nodes for the graph (even inside one row), or the next row would pass the answer's size limit (QUERY_MAX_BYTES).",
  }),
  queryType: z.string().meta({ description: 'Neo4j\'s query type: "r", "rw", "w" or "s".' }),
  timing: z.object({ serverMs: z.number(), totalMs: z.number() }),
  notifications: z.array(z.object({ code: z.string(), title: z.string(), description: z.string() })),
});
export type QueryResult = z.infer<typeof queryResultSchema>;

export const queryCheckSchema = z.object({ ok: z.literal(true) });

export const savedQuerySchema = z.object({ name: z.string(), title: z.string(), query: z.string() });
export type SavedQuery = z.infer<typeof savedQuerySchema>;

export const savedQueriesResponseSchema = z.object({ queries: z.array(savedQuerySchema) });
export type SavedQueriesResponse = z.infer<typeof savedQueriesResponseSchema>;

const callableSchema = z.object({ name: z.string(), signature: z.string(), description: z.string() });
export type CypherCallable = z.infer<typeof callableSchema>;

export const cypherSchemaSchema = z.object({
  labels: z.array(z.string()),
  relationshipTypes: z.array(z.string()),
  propertyKeys: z.array(z.string()),
  functions: z.array(callableSchema),
  procedures: z.array(callableSchema).meta({
    description: "Only those a query may call (the read-only allowlist unless writes are allowed).",
  }),
  readOnly: z.boolean(),
});
export type CypherSchema = z.infer<typeof cypherSchemaSchema>;

export type { QueryPosition } from "./errorCodes.ts";
