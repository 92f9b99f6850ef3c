import { z } from "zod";
import { metadataSchema } from "../model/annotation.ts";
import { draftSchema } from "../model/draft.ts";
import { addedProvenanceSchema } from "./provenance.ts";

/**
 * POST /api/articles: add an article from the app. The body holds one of the
 * pasted `text`, a `file` (its name, whose extension says .txt, .html or .md,
 * and its bytes in base64, so the server checks the encoding itself) or a
 * `link` (an http(s) page the server fetches), plus the metadata fields the
 * command line takes as flags. The app adds several by sending one each.
 */
const field = (name: string, max: number) =>
  z
    .string({ error: `must be a string (${name})` })
    .max(max, `must be at most ${max} characters`)
    .optional();

export const addArticleRequestSchema = z
  .strictObject({
    text: z.string({ error: "must be a string (the pasted text)" }).optional(),
    file: z
      .strictObject({
        name: z.string({ error: "must be a file name" }).min(1, "must not be empty").max(255, "is too long"),
        base64: z
          .string({ error: "must be the file's bytes in base64" })
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, "must be the file's bytes in base64"),
      })
      .optional(),
    link: z
      .string({ error: "must be an http(s) address (the page to add)" })
      .max(2000, "must be at most 2000 characters")
      .regex(/^https?:\/\/\S+$/i, "must be an http(s) address (the page to add)")
      .optional(),
    title: field("the title", 300),
    publisher: field("the publisher", 300),
    published: field("YYYY-MM-DD", 40),
    url: field("the source URL", 2000),
    language: field("a language tag such as en", 20),
  })
  .refine((body) => [body.text, body.file, body.link].filter((x) => x !== undefined).length === 1, {
    message: "must hold one of text, file or link",
  });
export type AddArticleRequest = z.input<typeof addArticleRequestSchema>;

export const addArticleResponseSchema = z.strictObject({
  slug: z.string(),
  meta: metadataSchema,
  draft: draftSchema,
  /** Fallbacks taken and the suggestion engine's remarks, one line each. */
  notes: z.array(z.string()),
  /** Its wire credit and the article it reprints, if any, found against the articles already added. */
  provenance: addedProvenanceSchema,
});
export type AddArticleResponse = z.infer<typeof addArticleResponseSchema>;

/** What the language engine (CoreNLP) is doing: the Add dialog and the Annotate view show it. */
export const NLP_STATES = ["off", "starting", "ready", "unavailable"] as const;
export type NlpState = (typeof NLP_STATES)[number];
export const nlpStateResponseSchema = z.strictObject({ state: z.enum(NLP_STATES) });
export type NlpStateResponse = z.infer<typeof nlpStateResponseSchema>;
