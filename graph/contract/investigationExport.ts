import { z } from "zod";
import { SLUG_MAX, SLUG_PATTERN } from "../corpus/slugPattern.ts";
import { investigationSchema } from "./investigations.ts";

/**
 * "Export investigation": one JSON file another Dossier imports. It holds the
 * investigation as saved (with its notes) and the article folders its
 * statements come from, their files verbatim: files stay the source of
 * truth, so an import writes articles and loads them, never graph rows.
 */

/** The version of the export format this Dossier writes and reads. */
export const INVESTIGATION_EXPORT_VERSION = 1;
/** What marks a JSON file as an investigation export. */
export const INVESTIGATION_EXPORT_FORMAT = "dossier-investigation";

export const INVESTIGATION_EXPORT_LIMITS = {
  articles: 2000,
  /** One file of an article folder: the loader's 2 MiB for article.txt, with room for its JSON files. */
  fileChars: 4 * 1024 * 1024,
  /** The whole export, as a file or as an import's body. */
  bytes: 64 * 1024 * 1024,
} as const;

const L = INVESTIGATION_EXPORT_LIMITS;

const fileText = z.string().max(L.fileChars, `must be at most ${L.fileChars} characters`);

/** An article folder: its name and its files as they are on disk. */
export const exportedArticleSchema = z.strictObject({
  slug: z
    .string()
    .max(SLUG_MAX, `must be at most ${SLUG_MAX} characters`)
    .regex(SLUG_PATTERN, "must be lower-case words joined by hyphens"),
  /** article.txt */
  text: fileText.min(1, "must not be empty"),
  /** annotation.json, verbatim */
  annotation: fileText,
  /** meta.json, verbatim */
  meta: fileText,
});
export type ExportedArticle = z.infer<typeof exportedArticleSchema>;

export const investigationExportSchema = z
  .strictObject({
    format: z.literal(INVESTIGATION_EXPORT_FORMAT, {
      error: `must be "${INVESTIGATION_EXPORT_FORMAT}" (a Dossier investigation export)`,
    }),
    version: z.literal(INVESTIGATION_EXPORT_VERSION, {
      error: `must be ${INVESTIGATION_EXPORT_VERSION} (the investigation export format this Dossier reads)`,
    }),
    exportedAt: z.iso.datetime({ message: "must be a date and time" }),
    investigation: investigationSchema,
    articles: z.array(exportedArticleSchema).max(L.articles, `must hold at most ${L.articles} articles`),
  })
  .superRefine((value, context) => {
    const slugs = new Set<string>();
    value.articles.forEach((article, index) => {
      if (slugs.has(article.slug)) {
        context.addIssue({
          code: "custom",
          path: ["articles", index, "slug"],
          message: `"${article.slug}" is given twice`,
        });
      }
      slugs.add(article.slug);
    });
    // Every statement on the view must come with its article, or the import could not rebuild it.
    value.investigation.view.relationships.forEach((rel, index) => {
      if (rel.article !== null && !slugs.has(rel.article)) {
        context.addIssue({
          code: "custom",
          path: ["investigation", "view", "relationships", index, "article"],
          message: `names the article "${rel.article}", which the export does not hold`,
        });
      }
    });
  })
  .meta({ id: "InvestigationExport" });
export type InvestigationExport = z.infer<typeof investigationExportSchema>;

export const importInvestigationResponseSchema = z.strictObject({
  /** The slug it was saved under: its own, or the next free one when that was taken by another. */
  slug: z.string(),
  renamedFrom: z.string().nullable(),
  /** Article folders written (and loaded) and ones already there with the same text. */
  written: z.array(z.string()),
  kept: z.array(z.string()),
});
export type ImportInvestigationResponse = z.infer<typeof importInvestigationResponseSchema>;
