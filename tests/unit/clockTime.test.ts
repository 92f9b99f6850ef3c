import { describe, expect, it } from "vitest";
import { isClockTime } from "../../graph/suggest/text.ts";

function check(sentence: string, number: string): boolean {
  const start = sentence.indexOf(number);
  return isClockTime(sentence, number, start + number.length);
}

describe("a four-digit number read as a date", () => {
  it("is a clock time before a time zone or a clock word", () => {
    expect(check("The convoy crossed at 1100 GMT.", "1100")).toBe(true);
    expect(check("Talks resumed at 0830 UTC on Friday.", "0830")).toBe(true);
    expect(check("The curfew starts at 2200 hrs.", "2200")).toBe(true);
    expect(check("Le convoi est parti à 1830 heure locale.", "1830")).toBe(true);
  });

  it("stays a year otherwise", () => {
    expect(check("Mali became independent in 1960, the ministry said.", "1960")).toBe(false);
    expect(check("The 2024 Games were held in Paris.", "2024")).toBe(false);
    expect(check("Since 2019 GDP has grown.", "2019")).toBe(false);
  });
});
