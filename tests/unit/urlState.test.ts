import { describe, expect, it } from "vitest";
import { decodeUrlView, encodeUrlView } from "../../app/src/explorer/state/urlState.ts";

describe("URL view state", () => {
  it("round-trips a focus and expanded elementIds, which contain colons", () => {
    const view = {
      focus: "4:0b6f1c2e-1d3a-4f5b-9a8e-1234567890ab:12",
      expanded: ["4:0b6f1c2e-1d3a-4f5b-9a8e-1234567890ab:3", "4:x:7"],
    };
    const encoded = encodeUrlView(view);
    expect(encoded.startsWith("?focus=")).toBe(true);
    expect(decodeUrlView(encoded)).toEqual(view);
  });

  it("encodes an empty view as no query at all", () => {
    expect(encodeUrlView({ focus: null, expanded: [] })).toBe("");
    expect(decodeUrlView("")).toEqual({ focus: null, expanded: [] });
  });

  it("ignores blank and repeated ids and unknown parameters", () => {
    expect(decodeUrlView("?focus=%20&expand=a&expand=a&expand=&other=1")).toEqual({
      focus: null,
      expanded: ["a"],
    });
  });

  it("keeps characters that mean something in a URL", () => {
    const view = { focus: "a&b=c?d#e", expanded: ["x y+z"] };
    expect(decodeUrlView(encodeUrlView(view))).toEqual(view);
  });
});
