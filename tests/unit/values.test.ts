import { describe, expect, it } from "vitest";
import { flattenProperties, isIsoDate, propertyValueSchema } from "../../graph/model/values.ts";

describe("isIsoDate", () => {
  it.each(["2025-06-23", "2025-06", "1960", "2024-02-29"])("accepts %s", (v) =>
    expect(isIsoDate(v)).toBe(true),
  );
  it.each(["2025-13", "2025-02-30", "23/06/2025", "June 2025", "2025-6-1", "2023-02-29"])("rejects %s", (v) =>
    expect(isIsoDate(v)).toBe(false),
  );
});

describe("property values", () => {
  it("refuses a quantity written as text", () => {
    expect(propertyValueSchema.safeParse({ quantity: "38%", unit: "percent" }).success).toBe(false);
    expect(propertyValueSchema.safeParse({ quantity: 38, unit: "percent" }).success).toBe(true);
  });

  it("flattens quantities into value, unit and qualifier, and keeps partial dates as ISO text", () => {
    expect(
      flattenProperties({
        stake: { quantity: 38, unit: "percent" },
        professionals: { quantity: 10000, unit: "people", qualifier: "more than" },
        signedOn: { date: "2025-06-23" },
        announced: { date: "2025-05" },
        fields: ["economic", "technical"],
      }),
    ).toEqual({
      stake: 38,
      stakeUnit: "percent",
      professionals: 10000,
      professionalsUnit: "people",
      professionalsQualifier: "more than",
      signedOn: { kind: "date", iso: "2025-06-23" },
      announced: "2025-05",
      fields: ["economic", "technical"],
    });
  });
});
