import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { DuplicateCandidate, DuplicateSide } from "../../graph/contract/duplicates.ts";
import { CandidatePair } from "../../app/src/duplicates/CandidatePair.tsx";
import { listSummary, openCandidates, withNames } from "../../app/src/duplicates/pairs.ts";

/** A side of a pair as the server sends it, with one quote naming it. */
function side(
  id: string,
  name: string,
  article: string,
  text: string,
  draft: string | null = null,
): DuplicateSide {
  const at = text.indexOf(name);
  return {
    id,
    name,
    labels: ["Company"],
    aliases: [],
    articles: 1,
    draft,
    quotes: [
      {
        article,
        articleTitle: `Title of ${article}`,
        index: 0,
        text,
        highlights: [{ start: at, end: at + name.length, entity: id, kind: "mention" }],
      },
    ],
  };
}

const PAIR: DuplicateCandidate = {
  a: side("brannock-group", "Brannock Group", "first", "Brannock Group opened a depot in Ferrow."),
  b: side("brannock", "Brannock", "second", "Brannock said the depot hires forty people.", "second"),
  score: 0.8,
  reasons: [{ kind: "name-contains", detail: "“Brannock Group” contains “Brannock”." }],
};
const OTHER: DuplicateCandidate = { ...PAIR, a: side("ferrow", "Ferrow", "first", "A depot in Ferrow.") };

const noDecisions = { same: [], notSame: [] };

describe("the Duplicates view's list", () => {
  it("shows both names, the reasons in words, both quotes with the name marked, and the three decisions", () => {
    const html = renderToStaticMarkup(
      <CandidatePair pair={PAIR} busy={false} merge={() => {}} notSame={() => {}} />,
    );
    expect(html).toContain("One name contains the other</strong>: “Brannock Group” contains “Brannock”.");
    expect(html).toContain("<mark>Brannock Group</mark><span> opened a depot in Ferrow.");
    expect(html).toContain("<mark>Brannock</mark><span> said the depot hires forty people.");
    expect(html).toContain("Title of first, sentence 1");
    expect(html).toContain("Title of second, sentence 1");
    expect(html).toContain("named by 1 article");
    expect(html).toMatch(/draft<\/span> <a href="\?annotate=second">second<\/a>/);
    // The evidence comes before the buttons, so Tab reaches them after the quotes.
    const buttons = [...html.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((m) => m[1]);
    expect(buttons).toEqual(["Merge into A", "Merge into B", "Not the same"]);
    expect(html.indexOf("<button")).toBeGreaterThan(html.lastIndexOf("<blockquote"));
  });

  it("takes a decided pair off the list, whichever way round the decision names it", () => {
    expect(openCandidates([PAIR, OTHER], noDecisions)).toEqual([PAIR, OTHER]);
    const merged = {
      same: [{ keep: "brannock-group", drop: "brannock", keepName: "", dropName: "", decided: "" }],
      notSame: [],
    };
    expect(openCandidates([PAIR, OTHER], merged)).toEqual([]);
    const apart = { same: [], notSame: [{ a: "brannock", b: "brannock-group", decided: "" }] };
    expect(openCandidates([PAIR, OTHER], apart)).toEqual([OTHER]);
  });

  it("keeps the names of a pair once it has left the list", () => {
    const names = withNames(new Map(), [PAIR], noDecisions);
    expect(withNames(names, [], noDecisions).get("brannock")).toBe("Brannock");
  });

  it("says how many pairs are open, and when the list was cut", () => {
    expect(listSummary(1, 6, false)).toBe(
      "1 pair to decide among 6 entities of the graph and the drafts, the strongest first.",
    );
    expect(listSummary(50, 900, 50)).toMatch(
      /^50 pairs .* first \(the first 50: more come as these are decided\)\.$/,
    );
  });
});
