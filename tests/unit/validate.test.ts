import { describe, expect, it } from "vitest";
import { planArticles } from "../../graph/loader/load.ts";
import type { Annotation } from "../../graph/model/annotation.ts";
import { rejection } from "../support/rejection.ts";
import { articleCopy, goitaDir, withRawAnnotation } from "../support/articleFixture.ts";

function relation(a: Annotation, id: string) {
  const found = a.relations.find((r) => r.id === id);
  if (!found) throw new Error(`no relation ${id}`);
  return found;
}

describe("article validation", () => {
  it("accepts the shipped article", () => {
    expect(planArticles([goitaDir])).toHaveLength(1);
  });

  it("names an unknown entity id, with file and entry", () => {
    const lines = rejection(
      articleCopy({ annotation: (a) => void (relation(a, "goita-met-putin").to = "vladimir-poutine") }),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /annotation\.json, relations\[\d+\] "goita-met-putin": to names unknown entity id "vladimir-poutine"\.$/,
    );
  });

  it("names a duplicate entity id", () => {
    const lines = rejection(
      articleCopy({
        annotation: (a) => void a.entities.push({ ...a.entities[0]!, aliases: [], name: "Someone else" }),
      }),
    );
    expect(lines[0]).toMatch(
      /entities\[27\] "assimi-goita": duplicate entity id \(first used by entities\[0\]\)\./,
    );
  });

  it("names an alias claimed by two entities", () => {
    const lines = rejection(
      articleCopy({
        annotation: (a) => void a.entities.find((e) => e.id === "vladimir-putin")!.aliases.push("Goïta"),
      }),
    );
    expect(
      lines.some((l) =>
        /"vladimir-putin": the name or alias "goita" is already claimed by entity "assimi-goita"\./.test(l),
      ),
    ).toBe(true);
  });

  it("names an evidence quote that is not verbatim in the article", () => {
    const lines = rejection(
      articleCopy({
        annotation: (a) =>
          void (relation(a, "yadran-stake-in-soroma").evidence = ["the foreign company's 38% stake"]),
      }),
    );
    expect(lines[0]).toMatch(
      /relations\[\d+\] "yadran-stake-in-soroma": evidence\[0\] "the foreign company's 38% stake" does not occur verbatim in .*article\.txt\./,
    );
  });

  it("explains a quote that only differs by the article's line break", () => {
    const lines = rejection(
      articleCopy({
        annotation: (a) =>
          void (relation(a, "mali-in-commission").evidence = [
            "tasked with structuring bilateral cooperation",
          ]),
      }),
    );
    expect(lines[0]).toContain("copy the quote with the article's line break");
  });

  it("names a malformed date", () => {
    const lines = rejection(
      articleCopy({
        annotation: (a) =>
          void (relation(a, "goita-met-putin").properties = { date: { date: "23/06/2025" } }),
      }),
    );
    expect(lines[0]).toMatch(
      /relations\[\d+\] "goita-met-putin": properties\.date\.date is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY\./,
    );
  });

  it("names a number written as text", () => {
    const lines = rejection(
      articleCopy({
        annotation: (a) =>
          void (relation(a, "yadran-stake-in-soroma").properties = {
            stake: { quantity: "38%", unit: "percent" },
          } as never),
      }),
    );
    expect(lines[0]).toMatch(/"yadran-stake-in-soroma": properties\.stake/);
  });

  it("names malformed JSON and a slug that differs from its folder", () => {
    expect(rejection(withRawAnnotation("{ not json"))[0]).toMatch(/annotation\.json: is not valid JSON/);
    expect(rejection(articleCopy({ meta: (m) => void (m.slug = "other-slug") }))[0]).toMatch(
      /meta\.json, slug: "other-slug" must equal the folder name "2025-06-23-goita-moscow"\./,
    );
  });

  it("reports every problem at once", () => {
    const lines = rejection(
      articleCopy({
        annotation: (a) => {
          relation(a, "goita-met-putin").from = "nobody";
          relation(a, "putin-leads-russia").evidence = ["Putin leads"];
        },
      }),
    );
    expect(lines).toHaveLength(2);
  });
});
