import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeTestArticle } from "./testArticleFolder.ts";
import { DISPATCH, INDEPENDENT_PLAIN, REPRINT_WITH_FURNITURE } from "./provenanceTexts.ts";

/**
 * A small corpus for counting sources, written as article folders: an AP
 * dispatch, its copy on another site (with page furniture, the agency's
 * dateline dropped) and a newspaper's own report, all stating that Freedonia
 * released water from the Tarvel dam; the newspaper alone also says that
 * Freedonia manages the dam (a fact of one source).
 */
export const PROVENANCE_SLUGS = {
  ap: "2026-10-14-tarvel-dam-gates-opened",
  site: "2026-10-14-dam-gates-opened",
  courier: "2026-10-14-rain-forces-freedonia-to-release-water",
} as const;

const SITE_COPY = REPRINT_WITH_FURNITURE.replace("TARVEL, Freedonia (AP) — ", "");

const ARTICLES = [
  {
    slug: PROVENANCE_SLUGS.ap,
    title: "Tarvel dam gates opened",
    publisher: "Associated Press",
    text: DISPATCH,
    evidence: "Engineers opened all four spillway gates of the Tarvel dam on Tuesday",
  },
  {
    slug: PROVENANCE_SLUGS.site,
    title: "Freedonia opens Tarvel dam gates as rain swells reservoir",
    publisher: "Daily Site",
    text: SITE_COPY,
    evidence: "Engineers opened all four spillway gates of the Tarvel dam on Tuesday",
  },
  {
    slug: PROVENANCE_SLUGS.courier,
    title: "Rain forces Freedonia to release water from its largest dam",
    publisher: "The Courier",
    text: INDEPENDENT_PLAIN,
    evidence: "Freedonia's water authority let water out of the Tarvel reservoir on Tuesday",
    alone: "MANAGES",
  },
];

/** Writes the corpus into a new temporary folder; returns the folder and the article folders. */
export function writeProvenanceCorpus(): { root: string; dirs: string[] } {
  const root = mkdtempSync(join(tmpdir(), "dossier-sources-"));
  const dirs = ARTICLES.map((a) => {
    const annotation = {
      entities: [
        { id: "freedonia", labels: ["Country"], name: "Freedonia", demonyms: [] },
        { id: "tarvel-dam", labels: ["Facility"], name: "Tarvel dam", aliases: ["Tarvel reservoir"] },
      ],
      relations: [
        {
          id: "released-water",
          type: "RELEASED_WATER_FROM",
          from: "freedonia",
          to: "tarvel-dam",
          evidence: [a.evidence],
        },
        ...("alone" in a
          ? [{ id: "manages", type: a.alone, from: "freedonia", to: "tarvel-dam", evidence: [a.evidence] }]
          : []),
      ],
    };
    return writeTestArticle(root, { ...a, published: "2026-10-14", annotation });
  });
  return { root, dirs };
}
