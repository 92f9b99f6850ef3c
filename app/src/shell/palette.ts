import { LIGHT_PROPERTIES } from "../../../graph/contract/lightProperties.ts";
import type { GraphNode } from "../../../graph/model/graphJson.ts";

/** Fixed colours for the labels the loader writes, so a label looks the same in every view. */
const KNOWN: Record<string, string> = {
  Person: "#e15759",
  Country: "#4e79a7",
  City: "#76b7b2",
  Place: "#59a14f",
  Region: "#8cd17d",
  Organization: "#f28e2b",
  Company: "#edc948",
  StateBody: "#b07aa1",
  ArmedGroup: "#9c755f",
  Mission: "#ff9da7",
  Agreement: "#bab0ac",
  Event: "#d37295",
  Project: "#a0cbe8",
  Facility: "#86bcb6",
  Article: "#79706e",
  Sentence: "#d4a6c8",
};

const EXTRA = ["#499894", "#f1ce63", "#fabfd2", "#b6992d", "#d7b5a6", "#ffbe7d", "#8f8f8f", "#6a9f58"];

/** Labels that say what role a node plays, not what it is. */
const GENERIC = new Set(["Entity"]);

/** The label that decides a node's colour: the first specific one. */
export function primaryLabel(labels: readonly string[]): string {
  return labels.find((l) => !GENERIC.has(l)) ?? labels[0] ?? "(no label)";
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** A stable colour per label: fixed for known labels, derived from the name otherwise. */
export function labelColor(label: string): string {
  return KNOWN[label] ?? EXTRA[hash(label) % EXTRA.length]!;
}

/** The text drawn beside a node. */
export function nodeCaption(node: GraphNode): string {
  const p = node.properties;
  for (const key of LIGHT_PROPERTIES.caption) {
    const value = p[key];
    if (typeof value === "string" && value.length > 0)
      return value.length > 40 ? `${value.slice(0, 39)}…` : value;
  }
  const text = p.text;
  if (typeof text === "string") return text.length > 30 ? `${text.slice(0, 29)}…` : text;
  return primaryLabel(node.labels);
}

/** Node size from its degree in the view. */
export function sizeForDegree(degree: number): number {
  return 5 + 3 * Math.sqrt(degree);
}

/** A number in [0, 1) that depends only on the text (deterministic placement). */
export function unitHash(text: string): number {
  return hash(text) / 2 ** 32;
}
