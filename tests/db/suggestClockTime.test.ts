import { describe, expect, inject, it } from "vitest";
import type { Draft } from "../../graph/model/draft.ts";
import { suggestDraft } from "../../graph/suggest/suggestRun.ts";

/** Wire copy writes clock times without a colon ("at 1100 GMT"): they are not years. */
const text = [
  "Nordvik Cargo signed a charter with Vestra Capital in Bergen at 1100 GMT on 5 March 2024, the company said.",
  "The first ferry of the charter left Bergen for Klaipeda at 0930 UTC on 6 March 2024.",
].join("\n");

function dates(draft: Draft): string[] {
  const found: string[] = [];
  for (const item of [...draft.entities, ...draft.relations])
    for (const value of Object.values(item.properties ?? {}))
      if (value && typeof value === "object" && "date" in value) found.push(String(value.date));
  return found;
}

describe("dates in suggestions", () => {
  it("reads a four-digit clock time before GMT or UTC as a time, and keeps the day it stands beside", async () => {
    const draft = await suggestDraft(text, { nlpUrl: inject("nlpUrl"), referenceDate: "2024-03-07" });
    const found = dates(draft);
    expect(found.length, "the relations carry a date").toBeGreaterThan(0);
    for (const date of found) expect(date, "a date of the article's year").toMatch(/^2024/);
  }, 180_000);
});
