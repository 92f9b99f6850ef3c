import { describe, expect, it } from "vitest";
import { escapeLucene } from "../../graph/lexical/lucene.ts";
import { buildSearchQuery, searchWords } from "../../graph/server/api/searchQuery.ts";

describe("search query building", () => {
  it("folds case and accents and makes every word a prefix", () => {
    expect(searchWords("Assimi GOÏTA")).toEqual(["assimi", "goita"]);
    expect(buildSearchQuery("goi")).toBe("+(goi^3 OR goi*^2)");
    expect(buildSearchQuery("Goïta")).toBe("+(goita^3 OR goita*^2 OR goita~1)");
  });

  it("keeps Lucene syntax out of the query", () => {
    expect(buildSearchQuery('"(*:~^')).toBeNull();
    expect(buildSearchQuery("\\")).toBeNull();
    expect(buildSearchQuery("name:goi*")).toBe("+(name^3 OR name*^2 OR name~1) +(goi^3 OR goi*^2)");
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^i"j~k*l?m:n\\o/p')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^i\\"j\\~k\\*l\\?m\\:n\\\\o\\/p',
    );
  });

  it("never requires a stop word, which the index does not hold", () => {
    expect(buildSearchQuery("AND")).toBe("(and^3 OR and*^2)");
    expect(buildSearchQuery("ministry of")).toBe(
      "+(ministry^3 OR ministry*^2 OR ministry~1) (of^3 OR of*^2)",
    );
  });
});
