import { describe, expect, it } from "vitest";
import { aliasCaptions } from "../../app/src/explorer/details/aliasCaptions.ts";

describe("the names a node's details list", () => {
  it("tags an alias in another language than English with its language", () => {
    expect(
      aliasCaptions({
        aliases: ["Russian Federation", "Russie"],
        aliasLanguages: ["en", "fr"],
        demonyms: ["Russian"],
      }),
    ).toEqual(["Russian Federation", "Russie (fr)", "Russian"]);
  });

  it("lists aliases stored without tags as they are", () => {
    expect(aliasCaptions({ aliases: ["Goita", "Giota"] })).toEqual(["Goita", "Giota"]);
    expect(aliasCaptions({ aliases: ["Moscou"], aliasLanguages: [""] })).toEqual(["Moscou"]);
  });
});
