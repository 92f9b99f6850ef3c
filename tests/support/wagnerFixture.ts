import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sketchDraft } from "./reviewFixture.ts";

/** Two short texts that name one armed group two ways: “Wagner Group” in one, “Wagner” in the other. */
export const WAGNER_ARTICLES = [
  {
    slug: "2026-05-01-fighters-arrive-in-talvia",
    title: "Fighters arrive in Talvia",
    text:
      "Fighters arrive in Talvia\n\n" +
      "Fighters of the Wagner Group arrived in Talvia in 2021. " +
      "Officials said the Wagner Group trained soldiers near the capital.\n",
    draft: (text: string) =>
      sketchDraft(
        text,
        [
          { id: "wagner-group", labels: ["ArmedGroup"], name: "Wagner Group" },
          { id: "talvia", labels: ["Country"], name: "Talvia" },
        ],
        [
          {
            id: "wagner-group-arrived-in-talvia",
            type: "ARRIVED_IN",
            from: "wagner-group",
            to: "talvia",
            quote: "Wagner Group arrived in Talvia",
          },
        ],
      ),
  },
  {
    slug: "2026-05-02-mercenaries-leave-port-mora",
    title: "Mercenaries leave Port Mora",
    text:
      "Mercenaries leave Port Mora\n\n" +
      "Mercenaries of Wagner left Port Mora on Monday. " +
      "A new corps replaced Wagner in the city.\n",
    draft: (text: string) =>
      sketchDraft(
        text,
        [
          { id: "wagner", labels: ["ArmedGroup"], name: "Wagner" },
          { id: "port-mora", labels: ["City"], name: "Port Mora" },
        ],
        [
          {
            id: "wagner-left-port-mora",
            type: "LEFT",
            from: "wagner",
            to: "port-mora",
            quote: "Wagner left Port Mora",
          },
        ],
      ),
  },
] as const;

/** Writes both article folders as `add` leaves them (text, metadata, draft); returns their slugs. */
export function writeWagnerFolders(root: string): string[] {
  return WAGNER_ARTICLES.map(({ slug, title, text, draft }, i) => {
    const dir = join(root, slug);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "article.txt"), text);
    const meta = {
      slug,
      title,
      publisher: "Test Wire",
      published: { date: `2026-05-0${i + 1}` },
      language: "en",
      attribution: "Written for Dossier's tests.",
    };
    writeFileSync(join(dir, "meta.json"), `${JSON.stringify(meta, null, 2)}\n`);
    writeFileSync(join(dir, "draft.json"), `${JSON.stringify(draft(text), null, 2)}\n`);
    return slug;
  });
}
