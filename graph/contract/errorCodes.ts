import { z } from "zod";
import { draftSchema } from "../model/draft.ts";
import { investigationConflictSchema } from "./investigations.ts";

/** A position in a query text: line and column from 1, offset from 0. */
export const queryPositionSchema = z
  .object({
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    offset: z.number().int().min(0),
  })
  .meta({
    id: "QueryPosition",
    description: "Where in the query text: line and column from 1, offset from 0.",
  });

/** One thing wrong with a draft item: `relations "mali-signed-x"`, and the sentence. */
export const problemSchema = z
  .object({ item: z.string(), message: z.string() })
  .meta({ id: "Problem", description: "One problem of a draft, naming its item." });
export type ItemProblem = z.infer<typeof problemSchema>;

/**
 * Every code an error answer can carry: the one list. The server gives each its
 * HTTP status (graph/server/errors.ts) and the OpenAPI document lists them.
 */
export const ERROR_CODES = [
  "bad_request",
  "syntax",
  "invalid",
  "memory",
  "forbidden_host",
  "forbidden_origin",
  "writes_off",
  "read_only",
  "not_found",
  "conflict",
  "duplicate",
  "uri_too_long",
  "unsupported_media_type",
  "invalid_draft",
  "cancelled",
  "internal",
  "write_failed",
  "neo4j_unavailable",
  "neo4j_auth",
  "neo4j_restarting",
  "timeout",
  "disk_full",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Every error answer of the API: a stable code and one sentence naming what is wrong. */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES).meta({ description: "Stable, machine-readable; one of a fixed list." }),
      message: z.string().meta({ description: "One sentence naming what is wrong and where." }),
      position: queryPositionSchema.optional(),
      requestId: z
        .string()
        .optional()
        .meta({ description: "An unexpected failure (500): the id under which the server logged it." }),
      problems: z
        .array(problemSchema)
        .optional()
        .meta({ description: "Publishing: every problem of the draft, each naming its item." }),
      conflict: z
        .object({ version: z.string(), draft: draftSchema })
        .optional()
        .meta({ description: "A save over a newer version: the draft as it is now, and its version." }),
      versions: investigationConflictSchema.optional().meta({
        description: "An investigation saved over a newer revision: the one saved and the one sent.",
      }),
    }),
  })
  .meta({ id: "Error" });

export type ErrorBody = z.infer<typeof errorBodySchema>;
export type QueryPosition = z.infer<typeof queryPositionSchema>;

/** The error answers a route can give, with an example of each for the OpenAPI document. */
export const ERRORS = {
  400: {
    description: "A missing or malformed parameter or body field, named; an unknown field; malformed JSON.",
    example: {
      error: { code: "bad_request", message: 'Request body: field "limit" must be from 1 to 1000.' },
    },
  },
  403: {
    description:
      "A request from another origin or for another host name (forbidden_origin, forbidden_host); in the workbench, a query that read-only mode refuses (read_only).",
    example: {
      error: { code: "forbidden_origin", message: 'Requests from origin "https://example.org" are refused.' },
    },
  },
  404: {
    description:
      "An id that is not a well-formed element id, or that names nothing; an unknown article slug.",
    example: {
      error: { code: "not_found", message: 'No node has the id "4:c0ffee00-0000-4000-8000-000000000000:9".' },
    },
  },
  409: {
    description:
      "The article is already there: the same text (by its SHA-256) is in another folder (duplicate); or a draft was saved since the version this change is based on (conflict, with the draft as it is now); or an investigation was saved since the revision a save is based on (conflict, with both versions).",
    example: {
      error: {
        code: "duplicate",
        message:
          "This text is already in data/articles/2025-06-23-goita-moscow (same SHA-256): nothing was added.",
      },
    },
  },
  422: {
    description:
      "Publishing: the accepted items do not pass the loader's validation; `problems` names each item (invalid_draft).",
    example: {
      error: {
        code: "invalid_draft",
        message: "The draft has 1 problem; nothing was published.",
        problems: [
          { item: 'relations "mali-signed-x"', message: 'its object "x" is not an accepted entity.' },
        ],
      },
    },
  },
  413: {
    description: "The request body is larger than the route accepts.",
    example: {
      error: {
        code: "bad_request",
        message: "Request body is larger than the 1 MB (1,048,576 bytes) that POST /api/expand accepts.",
      },
    },
  },
  415: {
    description: "The body is not JSON.",
    example: {
      error: {
        code: "unsupported_media_type",
        message: "Send JSON (Content-Type: application/json).",
      },
    },
  },
  507: {
    description:
      "The disk holding the articles is full: the file named could not be written, and the earlier file is unchanged (disk_full).",
    example: {
      error: {
        code: "disk_full",
        message:
          "The disk is full: 2025-06-23-goita-moscow/draft.json could not be written, and nothing was changed; free some space and try again.",
      },
    },
  },
  503: {
    description:
      "Neo4j cannot be reached (neo4j_unavailable) or refuses the configured credentials (neo4j_auth); for the workbench, its own Neo4j is starting or restarting (neo4j_restarting).",
    example: {
      error: {
        code: "neo4j_unavailable",
        message: "Neo4j is not reachable right now; try again in a moment.",
      },
    },
  },
  504: {
    description: "The statement ran longer than its time limit and Neo4j stopped it.",
    example: {
      error: { code: "timeout", message: "The query took longer than the time limit and was stopped." },
    },
  },
} as const satisfies Record<number, { description: string; example: ErrorBody }>;

export type ErrorStatus = keyof typeof ERRORS;
