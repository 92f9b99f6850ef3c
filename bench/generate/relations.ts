import type { Relation } from "../../graph/model/annotation.ts";
import type { Rng } from "./random.ts";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export interface RelationText {
  /** The sentence of the article, ending with a full stop. */
  sentence: string;
  type: string;
  properties: Relation["properties"];
}

/** A relation's sentence, type and properties, for two names and the article's publication day. */
type Template = (rng: Rng, a: string, b: string, published: number) => RelationText;

const DAY_MS = 86_400_000;

/**
 * How long before its report an event happened: news is mostly about the last
 * days, sometimes the last weeks, now and then years back.
 */
function lagDays(rng: Rng): number {
  const roll = rng.int(1, 100);
  if (roll <= 60) return rng.int(0, 3);
  if (roll <= 90) return rng.int(4, 60);
  return rng.int(61, 2000);
}

function isoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Relation kinds, each with the sentence that states it and the properties it carries. */
const TEMPLATES: readonly Template[] = [
  (rng, a, b, published) => {
    const when = new Date(published - lagDays(rng) * DAY_MS);
    const [year, month, day] = [when.getUTCFullYear(), when.getUTCMonth(), when.getUTCDate()];
    return {
      sentence: `${a} met with ${b} on ${day} ${MONTHS[month]} ${year}.`,
      type: "MET_WITH",
      properties: { date: { date: isoDay(year, month, day) } },
    };
  },
  (rng, a, b) => {
    const stake = rng.int(1, 99);
    return {
      sentence: `${a} holds a stake of ${stake} percent in ${b}.`,
      type: "HOLDS_STAKE_IN",
      properties: { stake: { quantity: stake, unit: "percent" } },
    };
  },
  (rng, a, b) => {
    const amount = rng.int(2, 900);
    return {
      sentence: `${a} funds ${b} with more than ${amount} million dollars.`,
      type: "FUNDS",
      properties: { amount: { quantity: amount, unit: "million dollars", qualifier: "more than" } },
    };
  },
  (rng, a, b, published) => {
    const year = new Date(published).getUTCFullYear() - rng.int(0, 15);
    return {
      sentence: `${a} signed an agreement with ${b} in ${year}.`,
      type: "SIGNED_WITH",
      properties: { date: { date: String(year) } },
    };
  },
  (_rng, a, b) => ({ sentence: `${a} leads ${b}.`, type: "LEADS", properties: {} }),
  (_rng, a, b) => ({ sentence: `${a} is allied with ${b}.`, type: "ALLIED_WITH", properties: {} }),
  (_rng, a, b) => ({ sentence: `${a} operates in ${b}.`, type: "OPERATES_IN", properties: {} }),
  (_rng, a, b) => ({ sentence: `${a} supplies equipment to ${b}.`, type: "SUPPLIES", properties: {} }),
  (_rng, a, b) => ({ sentence: `${a} is a member of ${b}.`, type: "MEMBER_OF", properties: {} }),
  (_rng, a, b) => ({ sentence: `${a} criticized ${b} publicly.`, type: "CRITICIZED", properties: {} }),
];

export function relationText(rng: Rng, a: string, b: string, published: number): RelationText {
  return rng.pick(TEMPLATES)(rng, a, b, published);
}
