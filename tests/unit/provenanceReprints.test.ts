import { describe, expect, it } from "vitest";
import { type KnownArticle, provenanceOf } from "../../graph/provenance/provenance.ts";
import { REPRINT_THRESHOLD } from "../../graph/provenance/reprints.ts";
import {
  DISPATCH,
  DISPATCH_PARAGRAPHS,
  FRENCH_WITH_AFP,
  INDEPENDENT_PLAIN,
  INDEPENDENT_WITH_STATEMENT,
  OTHER_DISPATCH,
  REPRINT_WITH_EXTRA,
  REPRINT_WITH_FURNITURE,
} from "../support/provenanceTexts.ts";
import { indexOf } from "../support/reprintIndexOf.ts";

describe("ReprintIndex", () => {
  it("finds an identical reprint, all of it shared", () => {
    expect(indexOf({ dispatch: DISPATCH }).candidates(DISPATCH)).toEqual([{ slug: "dispatch", shared: 100 }]);
  });

  it("finds a reprint with page furniture and a dropped last paragraph", () => {
    const [match] = indexOf({ dispatch: DISPATCH, other: OTHER_DISPATCH }).candidates(REPRINT_WITH_FURNITURE);
    expect(match?.slug).toBe("dispatch");
    expect(match?.shared).toBeGreaterThanOrEqual(90);
  });

  it("finds a reprint with a new headline and an extra paragraph", () => {
    const matches = indexOf({ dispatch: DISPATCH, plain: INDEPENDENT_PLAIN }).candidates(REPRINT_WITH_EXTRA);
    expect(matches.map((m) => m.slug)).toEqual(["dispatch"]);
    expect(matches[0]!.shared).toBeGreaterThanOrEqual(75);
  });

  it("finds the original of a trimmed copy and the copy of a longer original alike", () => {
    const index = indexOf({ reprint: REPRINT_WITH_FURNITURE });
    expect(index.candidates(DISPATCH)[0]?.slug).toBe("reprint");
  });

  it("finds a copy trimmed to its first paragraphs when the full dispatch comes in after it", () => {
    const trimmed = [DISPATCH_PARAGRAPHS[0], DISPATCH_PARAGRAPHS[2]].join("\n\n");
    const [match] = indexOf({ trimmed }).candidates(DISPATCH);
    expect(match?.slug).toBe("trimmed");
    expect(match?.shared).toBeGreaterThanOrEqual(90);
  });

  it("does not take two independent reports of one event for reprints", () => {
    const index = indexOf({ dispatch: DISPATCH, herald: INDEPENDENT_WITH_STATEMENT });
    expect(index.candidates(INDEPENDENT_PLAIN)).toEqual([]);
  });

  it("does not take a report quoting the same long statement for a reprint", () => {
    expect(indexOf({ dispatch: DISPATCH }).candidates(INDEPENDENT_WITH_STATEMENT)).toEqual([]);
    expect(indexOf({ herald: INDEPENDENT_WITH_STATEMENT }).candidates(DISPATCH)).toEqual([]);
  });

  it("does not take one agency's two stories of a day, sharing a background paragraph, for reprints", () => {
    expect(indexOf({ dispatch: DISPATCH }).candidates(OTHER_DISPATCH)).toEqual([]);
    expect(indexOf({ other: OTHER_DISPATCH }).candidates(DISPATCH)).toEqual([]);
  });

  it("forgets a removed text", () => {
    const index = indexOf({ dispatch: DISPATCH });
    index.remove("dispatch");
    expect(index.candidates(DISPATCH)).toEqual([]);
  });

  it("keeps its threshold a percentage", () => {
    expect(REPRINT_THRESHOLD).toBeGreaterThan(0);
    expect(REPRINT_THRESHOLD).toBeLessThanOrEqual(100);
  });
});

describe("provenanceOf", () => {
  const known: Record<string, KnownArticle> = {
    dispatch: { published: "2026-10-14", origin: "wire:AP", added: "2026-10-14" },
    herald: { published: "2026-10-14", origin: "outlet:northernherald", added: "2026-10-14" },
  };
  const corpus = () => indexOf({ dispatch: DISPATCH, herald: INDEPENDENT_WITH_STATEMENT });
  const meta = (slug: string) => known[slug];
  const onTheDay = (slug: string, text: string, publisher: string) =>
    provenanceOf(slug, text, { publisher, published: "2026-10-14" }, corpus(), meta);
  const onTheDayWith = (articlesMeta: (slug: string) => KnownArticle | undefined) =>
    provenanceOf(
      "site",
      REPRINT_WITH_FURNITURE,
      { publisher: "Daily Site", published: "2026-10-14" },
      corpus(),
      articlesMeta,
    );

  it("counts a reprint as the agency of its original", () => {
    const p = onTheDay("site", REPRINT_WITH_FURNITURE, "Daily Site");
    expect(p).toMatchObject({ reprintOf: "dispatch", outlet: "dailysite", origin: "wire:AP" });
    expect(p.wire?.agency).toBe("AP");
    expect(p.shared).toBeGreaterThanOrEqual(90);
  });

  it("counts an outlet's own report as the outlet, and one without publisher as itself", () => {
    const p = provenanceOf("courier", INDEPENDENT_PLAIN, { publisher: "The Courier" }, corpus(), meta);
    expect(p).toMatchObject({ wire: null, reprintOf: null, shared: null, origin: "outlet:courier" });
    expect(
      provenanceOf("x", INDEPENDENT_PLAIN, { publisher: "Unknown publisher" }, corpus(), meta).origin,
    ).toBe("article:x");
  });

  it("credits two stories of one agency to it, neither a reprint of the other", () => {
    const p = provenanceOf("other", OTHER_DISPATCH, { publisher: "Associated Press" }, corpus(), meta);
    expect(p).toMatchObject({ reprintOf: null, origin: "wire:AP" });
  });

  it("counts an outlet's update of its own story as the outlet", () => {
    const update = `${INDEPENDENT_WITH_STATEMENT}\n\nUpdate, 9 p.m.: the ministry said the gates would stay open overnight.`;
    const p = onTheDay("herald-update", update, "Northern Herald");
    expect(p).toMatchObject({ reprintOf: "herald", origin: "outlet:northernherald" });
  });

  it('credits a French text "avec AFP" to AFP', () => {
    const p = provenanceOf("fr", FRENCH_WITH_AFP, { publisher: "Le Quotidien" }, corpus(), meta);
    expect(p).toMatchObject({ origin: "wire:AFP", reprintOf: null });
  });

  it("lets the reviewer's decision win over the detector", () => {
    const p = provenanceOf("site", REPRINT_WITH_FURNITURE, { publisher: "Daily Site" }, corpus(), meta, {
      notReprint: true,
      agency: null,
    });
    expect(p).toMatchObject({ wire: null, reprintOf: null, shared: null, origin: "outlet:dailysite" });
    expect(p.decided).toEqual({ notReprint: true, agency: null });
  });

  it("makes the earliest published copy the original", () => {
    const early = { published: "2026-10-13" };
    const p = provenanceOf(
      "site",
      REPRINT_WITH_FURNITURE,
      { publisher: "Daily Site", ...early },
      corpus(),
      meta,
    );
    expect(p.reprintOf).toBeNull();
  });

  it("counts an uncredited copy that came out first as the agency another copy credits", () => {
    const credited = (slug: string) => (slug === "dispatch" ? { ...known.dispatch, wire: "AP" } : meta(slug));
    const early = { published: "2026-10-13" };
    // The site dropped the agency's dateline: its text credits no one.
    const uncredited = REPRINT_WITH_FURNITURE.replace("TARVEL, Freedonia (AP) — ", "");
    const p = provenanceOf("site", uncredited, { publisher: "Daily Site", ...early }, corpus(), credited);
    expect(p).toMatchObject({ wire: null, reprintOf: null, copyWire: "AP", origin: "wire:AP" });
    // The reviewer's "not a reprint" makes it the site's own reporting again.
    const decided = provenanceOf(
      "site",
      uncredited,
      { publisher: "Daily Site", ...early },
      corpus(),
      credited,
      { notReprint: true },
    );
    expect(decided.origin).toBe("outlet:dailysite");
    // A report that is no copy takes nothing from the agency's story beside it.
    expect(
      provenanceOf("courier", INDEPENDENT_PLAIN, { publisher: "The Courier" }, corpus(), credited).origin,
    ).toBe("outlet:courier");
  });

  it("finds the original of a copy through a fuller copy of the same dispatch", () => {
    const [lead, , background, towns, forecast, critics, flood] = DISPATCH_PARAGRAPHS as string[];
    // The agency's first version; a site's fuller, later version; another site's edit that keeps
    // only the later paragraphs under a lead of its own: most of it is found in the fuller copy only.
    const first = [lead, background, towns, forecast].join("\n\n");
    const fuller = [lead, background, towns, forecast, critics, flood].join("\n\n");
    const edit = [
      "Rising water behind the Tarvel dam kept engineers busy through the night, a site of the region reported.",
      forecast,
      critics,
      flood,
    ].join("\n\n");
    const index = indexOf({ first, fuller });
    const dates: Record<string, KnownArticle> = {
      first: { published: "2026-10-14", origin: "wire:AP", added: "2026-10-14" },
      fuller: { published: "2026-10-15", origin: "wire:AP", added: "2026-10-15" },
    };
    expect(index.candidates(edit).map((m) => m.slug)).toEqual(["fuller"]);
    const p = provenanceOf(
      "edit",
      edit,
      { publisher: "Regional Site", published: "2026-10-14" },
      index,
      (slug) => dates[slug],
    );
    expect(p.reprintOf).toBe("first");
  });

  it("never makes an undated copy the original of a dated one, either way round", () => {
    // The reprint's date unknown: the dated agency copy stays its original.
    const undated = provenanceOf("site", REPRINT_WITH_FURNITURE, { publisher: "Daily Site" }, corpus(), meta);
    expect(undated.reprintOf).toBe("dispatch");
    // The agency copy's date unknown: the dated reprint is the earliest copy, not a reprint of it.
    const dispatchUndated = (slug: string) =>
      slug === "dispatch" ? { ...known.dispatch, published: undefined } : known[slug];
    expect(onTheDayWith(dispatchUndated).reprintOf).toBeNull();
  });
});
