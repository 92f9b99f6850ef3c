import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { EntityLabel } from "../../graph/model/annotation.ts";
import { sketchDraft } from "./reviewFixture.ts";

/** A short text naming the group and one place, with one relation between them quoted from it. */
interface Sketch {
  slug: string;
  title: string;
  body: string;
  group: [id: string, name: string];
  place: [id: string, name: string, label: EntityLabel];
  relation: [type: string, quote: string];
}

/** Two short texts that name one armed group two ways: “Wagner Group” in one, “Wagner” in the other. */
export const WAGNER_ARTICLES: readonly Sketch[] = [
  {
    slug: "2026-05-01-fighters-arrive-in-talvia",
    title: "Fighters arrive in Talvia",
    body: "Fighters of the Wagner Group arrived in Talvia in 2021. Officials said the Wagner Group trained soldiers near the capital.",
    group: ["wagner-group", "Wagner Group"],
    place: ["talvia", "Talvia", "Country"],
    relation: ["ARRIVED_IN", "Wagner Group arrived in Talvia"],
  },
  {
    slug: "2026-05-02-mercenaries-leave-port-mora",
    title: "Mercenaries leave Port Mora",
    body: "Mercenaries of Wagner left Port Mora on Monday. A new corps replaced Wagner in the city.",
    group: ["wagner", "Wagner"],
    place: ["port-mora", "Port Mora", "City"],
    relation: ["LEFT", "Wagner left Port Mora"],
  },
];

/** Writes both article folders as `add` leaves them (text, metadata, draft); returns their slugs. */
export function writeWagnerFolders(root: string): string[] {
  return WAGNER_ARTICLES.map(({ slug, title, body, group, place, relation }, i) => {
    const dir = join(root, slug);
    const text = `${title}\n\n${body}\n`;
    const draft = sketchDraft(
      text,
      [
        { id: group[0], labels: ["ArmedGroup"], name: group[1] },
        { id: place[0], labels: [place[2]], name: place[1] },
      ],
      [{ id: `r${i + 1}`, type: relation[0], from: group[0], to: place[0], quote: relation[1] }],
    );
    const published = { date: `2026-05-0${i + 1}` };
    const meta = {
      slug,
      title,
      publisher: "Test Wire",
      published,
      language: "en",
      attribution: "Written for tests.",
    };
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "article.txt"), text);
    writeFileSync(join(dir, "meta.json"), `${JSON.stringify(meta, null, 2)}\n`);
    writeFileSync(join(dir, "draft.json"), `${JSON.stringify(draft, null, 2)}\n`);
    return slug;
  });
}
