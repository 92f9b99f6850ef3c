import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { EntityLabel } from "../../graph/model/annotation.ts";
import type { Draft, Span } from "../../graph/model/draft.ts";
import { textHash } from "../../graph/corpus/textHash.ts";

/** A short news text written for these tests; it names Mali, which the seed article also names. */
export const LAKE_TEXT =
  "Water plant opens on Lake Mora\n\n" +
  "The Republic of Talvia opened a water plant on Lake Mora on 2 May 2026. " +
  "Minister Oren Hale said the plant would serve 40,000 homes. " +
  "It was built by Kestrel Works, a company based in Mali, under an agreement signed with Talvia in 2024.\n";

export const LAKE_SLUG = "2026-05-03-water-plant-opens-on-lake-mora";

function spansOf(text: string, surface: string): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf(surface); at !== -1; at = text.indexOf(surface, at + 1)) {
    spans.push({ start: at, end: at + surface.length, text: surface });
  }
  return spans;
}

interface EntitySketch {
  id: string;
  labels: EntityLabel[];
  name: string;
  surfaces?: string[];
}
interface RelationSketch {
  id: string;
  type: string;
  from: string;
  to: string;
  quote: string;
}

/** A draft of suggestions whose spans are found in `text` (every occurrence of each surface). */
export function sketchDraft(text: string, entities: EntitySketch[], relations: RelationSketch[]): Draft {
  const suggested = { status: "suggested", engine: "rules", score: 0.5 } as const;
  return {
    textHash: textHash(text),
    engines: ["rules"],
    notes: [],
    entities: entities.map((e) => ({
      id: e.id,
      labels: e.labels,
      name: e.name,
      aliases: [],
      demonyms: [],
      properties: {},
      ...suggested,
      mentions: (e.surfaces ?? [e.name]).flatMap((s) => spansOf(text, s)),
      existing: false,
      candidates: [],
    })),
    relations: relations.map((r) => {
      const span = spansOf(text, r.quote)[0];
      if (!span) throw new Error(`"${r.quote}" is not in the text`);
      return {
        id: r.id,
        type: r.type,
        from: r.from,
        to: r.to,
        properties: {},
        evidence: [r.quote],
        evidenceSpans: [span],
        ...suggested,
      };
    }),
  };
}

/** The suggestions a reviewer starts from for LAKE_TEXT. */
export function lakeDraft(): Draft {
  return sketchDraft(
    LAKE_TEXT,
    [
      {
        id: "talvia",
        labels: ["Country"],
        name: "Talvia",
        surfaces: ["Republic of Talvia", "Talvia in 2024"],
      },
      { id: "lake-mora", labels: ["Place"], name: "Lake Mora" },
      { id: "oren-hale", labels: ["Person"], name: "Oren Hale" },
      { id: "kestrel-works", labels: ["Company"], name: "Kestrel Works" },
      { id: "mali", labels: ["Country"], name: "Mali" },
    ],
    [
      {
        id: "oren-hale-minister-of-talvia",
        type: "MINISTER_OF",
        from: "oren-hale",
        to: "talvia",
        quote: "Minister Oren Hale",
      },
      {
        id: "kestrel-works-based-in-mali",
        type: "BASED_IN",
        from: "kestrel-works",
        to: "mali",
        quote: "Kestrel Works, a company based in Mali",
      },
      {
        id: "talvia-opened-lake-mora",
        type: "OPENED_PLANT_ON",
        from: "talvia",
        to: "lake-mora",
        quote: "opened a water plant on Lake Mora",
      },
    ],
  );
}

/** Writes the article folder as `add` leaves it: text, metadata and the draft (no annotation yet). */
export function writeLakeFolder(root: string, draft: Draft = lakeDraft()): string {
  const dir = join(root, LAKE_SLUG);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "article.txt"), LAKE_TEXT);
  writeFileSync(
    join(dir, "meta.json"),
    `${JSON.stringify(
      {
        slug: LAKE_SLUG,
        title: "Water plant opens on Lake Mora",
        publisher: "Test Wire",
        published: { date: "2026-05-03" },
        language: "en",
        attribution: "Written for Dossier's tests.",
      },
      null,
      2,
    )}\n`,
  );
  writeFileSync(join(dir, "draft.json"), `${JSON.stringify(draft, null, 2)}\n`);
  return dir;
}
