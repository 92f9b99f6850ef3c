import { foldName } from "../lexical/fold.ts";
import type { EntityLabel } from "../model/annotation.ts";
import type { Span } from "../model/draft.ts";
import { countryNamed, countryOfDemonym } from "./demonyms.ts";
import { isBareWord } from "./bareWords.ts";
import {
  initials,
  joinBracketedAcronyms,
  joinCapitalisedHeads,
  joinFrenchLeadingNames,
  sortedLetters,
} from "./nameJoins.ts";
import { LABEL_FAMILIES, STATE_WORDS, isTitle, kindLabels } from "./lexicon.ts";
import type { SuggestedMention } from "./mentions.ts";
import { pushTo } from "./multimap.ts";

/** An entity as the article shows it, before it is linked to the graph. */
export interface EntityGroup {
  name: string;
  labels: EntityLabel[];
  /** Other surface forms of the name (not demonyms). */
  aliases: string[];
  demonyms: string[];
  mentions: SuggestedMention[];
  kind: "named" | "nominal";
  engines: string[];
  score: number;
}

const LEADING =
  /^(?:(?:the|a|an|this|that|these|those|its|their|his|her|our|le|la|les|un|une|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s+|l['’])/i;

function key(text: string): string {
  return foldName(text.replace(LEADING, ""));
}

function words(text: string): string[] {
  return key(text).split(" ");
}

function mostCommonLabels(mentions: readonly SuggestedMention[]): EntityLabel[] {
  const counts = new Map<EntityLabel, number>();
  for (const m of mentions) for (const l of m.labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  const first = mentions[0]?.labels[0];
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0]?.[0] ?? first ?? "Organization";
  // Keep labels that agree with the top one (Organization + Company), drop rivals (Person vs Place).
  const family: readonly string[] = LABEL_FAMILIES.find((f) => f.includes(top)) ?? [top];
  return ranked.map(([l]) => l).filter((l) => family.includes(l));
}

function groupOf(mentions: SuggestedMention[], kind: "named" | "nominal"): EntityGroup {
  // The longest form names the entity ("Wagner Group" over "Wagner"); ties go to the most frequent.
  const forms = new Map<string, { text: string; count: number }>();
  for (const m of mentions) {
    if (m.kind === "demonym" || m.antecedent) continue;
    const text = (m.name ?? m.text).replace(LEADING, "").replace(/\s+/g, " ");
    const k = key(text);
    const seen = forms.get(k);
    if (seen) {
      seen.count++;
      // "NAIROBI" in a dateline, "Nairobi" in the text: the name is written as the text writes it.
      if (seen.text === seen.text.toUpperCase() && text !== text.toUpperCase()) seen.text = text;
    } else forms.set(k, { text, count: 1 });
  }
  const size = (t: string) => t.split(" ").length;
  // A name is the longest form ("Wagner Group" over "Wagner"); a description the most used and
  // shortest of several words ("official meeting" over "highly anticipated one-on-one meeting").
  const ranked = [...forms.values()].sort((a, b) =>
    kind === "named"
      ? size(b.text) - size(a.text) || b.count - a.count
      : Number(size(b.text) > 1) - Number(size(a.text) > 1) ||
        b.count - a.count ||
        size(a.text) - size(b.text),
  );
  const countryName = mentions.find((m) => m.country)?.country;
  // A country goes by its common name when the text uses it ("Russia" over "Russian Federation").
  const common = countryName ? forms.get(key(countryName))?.text : undefined;
  const name = common ?? ranked[0]?.text ?? countryName ?? mentions[0]!.text;
  const demonyms = [...new Set(mentions.filter((m) => m.kind === "demonym").map((m) => m.text))];
  const engines = [...new Set(mentions.map((m) => m.engine))].sort();
  const score = Math.max(...mentions.map((m) => m.score));
  return {
    name,
    labels: mostCommonLabels(
      mentions.filter((m) => m.kind !== "demonym").length
        ? mentions.filter((m) => m.kind !== "demonym")
        : mentions,
    ),
    aliases: ranked.map((f) => f.text).filter((t) => t !== name),
    demonyms,
    mentions: [...mentions].sort((a, b) => a.start - b.start),
    kind,
    engines,
    score,
  };
}

/**
 * Groups mentions into entities: the same name (case and accents aside), a
 * person's surname with the full name ("Putin" with "Vladimir Putin"), a
 * short form with the one longer name it starts ("Wagner" with "Wagner
 * Group"), a demonym with its country, and nominal mentions by head and ordinal.
 */
export function clusterMentions(
  mentions: readonly SuggestedMention[],
  text?: string,
  language?: string,
): EntityGroup[] {
  const named = new Map<string, SuggestedMention[]>();
  const demonyms: SuggestedMention[] = [];
  const nominals: SuggestedMention[] = [];
  const anaphors: SuggestedMention[] = [];
  for (const m of mentions) {
    if (m.antecedent) anaphors.push(m);
    else if (m.kind === "demonym") demonyms.push(m);
    else if (m.kind === "nominal") nominals.push(m);
    else {
      // A country goes by its common name ("U.S." with "United States"); a person by the name without titles.
      const k = formalCountry(m) ?? (m.country ? key(m.country) : key(m.name ?? m.text));
      pushTo(named, k, m);
    }
  }

  if (language?.toLowerCase().startsWith("fr")) joinFrenchLeadingNames(named);
  // Short forms into the one longer name that contains them as its last (people) or first word.
  const keys = [...named.keys()];
  for (const short of keys) {
    if (short.includes(" ")) continue;
    const group = named.get(short)!;
    const isPerson = group.some((m) => m.labels.includes("Person") || m.title);
    // A title before a person's one word may give the family name that comes first ("President Xi").
    const titled = group.some((m) => m.title);
    const longer = keys.filter((k) => {
      if (k === short || !named.has(k)) return false;
      const w = words(k);
      if (w.length < 2) return false;
      return isPerson ? w[w.length - 1] === short || (titled && w[0] === short) : w[0] === short;
    });
    if (longer.length === 1) {
      named.set(longer[0]!, [...named.get(longer[0]!)!, ...group]);
      named.delete(short);
    }
  }

  // An acronym joins the one name it abbreviates ("IMF" with "International Monetary Fund").
  for (const short of [...named.keys()]) {
    const group = named.get(short)!;
    const text = group[0]!.name ?? group[0]!.text;
    if (short.includes(" ") || text.length < 2 || text !== text.toUpperCase() || !/^[A-Z]+$/.test(text))
      continue;
    let spelled = [...named.keys()].filter((k) => k !== short && initials(k) === short);
    // An acronym of the name in its own language ("MPLA" for the People's Movement for the
    // Liberation of Angola, "FARC" for the Revolutionary Armed Forces of Colombia) has the
    // translated name's initials in another order.
    if (spelled.length === 0 && short.length >= 3)
      spelled = [...named.keys()].filter(
        (k) => k !== short && k.includes(" ") && sortedLetters(initials(k)) === sortedLetters(short),
      );
    if (spelled.length === 1) {
      named.get(spelled[0]!)!.push(...group);
      named.delete(short);
    }
  }

  if (text !== undefined) joinBracketedAcronyms(named, text);
  const described = language?.toLowerCase().startsWith("fr")
    ? joinCapitalisedHeads(named, nominals, key)
    : nominals;
  joinCores(named);

  // Demonyms join their country, named or not.
  for (const d of demonyms) {
    const k = key(d.country ?? d.text);
    pushTo(named, k, d);
  }

  // An anaphor joins the group of the mention it refers to, found by place: refining may have copied it.
  const at = (m: SuggestedMention) => `${m.sentence}:${m.start}:${m.end}`;
  const groupOfMention = new Map<string, SuggestedMention[]>();
  for (const ms of named.values()) for (const m of ms) groupOfMention.set(at(m), ms);
  for (const a of anaphors) groupOfMention.get(at(a.antecedent!))?.push(a);

  const groups = [...named.values()].map((ms) => groupOf(ms, "named"));

  // Nominal mentions: same head and ordinal; a bare head ("the meeting") joins the one group with that head.
  // A generic description ("an initiative", "a new project") is one thing only if the text refers to it again.
  for (const ms of groupNominals(described))
    if (!ms.every((m) => m.generic)) groups.push(groupOf(ms, "nominal"));
  // Whatever found them, mentions that are all pronouns, determiners or titles ("il", "ce dernier") make no entity.
  return groups.filter((g) => !g.mentions.every((m) => isBareWord(m.text, language)));
}

/**
 * Nominal mentions, in text order, become groups: "this instrument" or
 * "this refinery" refers back to the latest thing of its head or its kind;
 * a bare "the meeting" to the one meeting described; otherwise one singular
 * head without an ordinal is one thing in an article ("the official meeting",
 * "a one-on-one meeting"), and plurals are kept by their words.
 */
function groupNominals(nominals: readonly SuggestedMention[]): SuggestedMention[][] {
  const groups: { key: string; head: string; mentions: SuggestedMention[] }[] = [];
  const latest = (pred: (g: (typeof groups)[number]) => boolean) =>
    groups
      .filter(pred)
      .sort((x, y) => x.mentions[x.mentions.length - 1]!.start - y.mentions[y.mentions.length - 1]!.start)
      .pop();
  for (const m of [...nominals].sort((x, y) => x.start - y.start)) {
    const head = m.head ?? "";
    const bare = words(m.text).length === 1;
    const plural = !/s$/.test(head) && /s$/i.test(m.text);
    const k = `${head}|${m.ordinal ?? ""}|${plural ? key(m.text) : "*"}`;
    let target: (typeof groups)[number] | undefined;
    if (/^(this|that|these|those)$/.test(m.determiner ?? "") && !m.ordinal) {
      // "this visit": the latest described with that word; "this legal instrument", or a word
      // not used before: the latest thing of the same kind.
      const sameKind = latest((g) => g.mentions[0]!.labels[0] === m.labels[0]);
      target = bare
        ? (latest((g) => g.mentions.some((x) => words(x.text).includes(head))) ?? sameKind)
        : sameKind;
    } else if (bare) {
      const sameHead = groups.filter((g) => g.head === head);
      target =
        sameHead.length === 1
          ? sameHead[0]
          : latest((g) => g.mentions.some((x) => words(x.text).includes(head)));
      // "the agreement", then "the deal", then "the memorandum": one thing of one kind, named by
      // other nouns of its kind, when the text has described only one singular thing of that kind.
      if (!target && m.determiner === "the" && !plural) {
        const sameKind = groups.filter(
          (g) =>
            g.mentions[0]!.labels[0] === m.labels[0] &&
            g.key.endsWith("|*") &&
            !g.mentions.some((x) => x.ordinal && x.ordinal !== "new"),
        );
        if (sameKind.length === 1) target = sameKind[0];
      }
      // "energy cooperation agreements", then "the deals": likewise for the one set of its kind described.
      if (!target && m.determiner === "the" && plural) {
        const sets = groups.filter((g) => g.mentions[0]!.labels[0] === m.labels[0] && !g.key.endsWith("|*"));
        if (sets.length === 1) target = sets[0];
      }
    }
    target ??= groups.find((g) => g.key === k);
    if (target) target.mentions.push(m);
    else groups.push({ key: k, head, mentions: [m] });
  }
  return groups.map((g) => g.mentions);
}

/**
 * An organisation's name without the country it belongs to and its kind:
 * "U.S. Treasury" and "Treasury Department" are both "treasury", with the
 * country "United States" for the first. Undefined when nothing is left.
 */
function coreOf(k: string): { core: string; country: string | undefined } | undefined {
  let w = k.split(" ");
  let country: string | undefined;
  for (let n = Math.min(3, w.length - 1); n >= 1 && !country; n--) {
    const head = w.slice(0, n).join(" ");
    country = countryNamed(head) ?? (n === 1 ? countryOfDemonym(head) : undefined);
    if (country) w = w.slice(n);
  }
  if (w.length > 1 && kindLabels(w[w.length - 1]!)) w = w.slice(0, -1);
  const core = w.join(" ");
  if (core === "" || core === k || (w.length === 1 && (kindLabels(core) || isTitle(core)))) return undefined;
  return { core, country };
}

/**
 * Organisations named with and without their country or their kind ("U.S.
 * Treasury", "Treasury Department", "Treasury") are one, unless the text
 * names the core with two different countries ("Malian" and "Russian
 * Defence Ministry"): then which one a bare "Defence Ministry" means is unknown.
 */
function joinCores(named: Map<string, SuggestedMention[]>): void {
  const byCore = new Map<string, string[]>();
  for (const [k, ms] of named) {
    if (!ms.every((m) => m.labels.includes("Organization"))) continue;
    pushTo(byCore, coreOf(k)?.core ?? k, k);
  }
  for (const keys of byCore.values()) {
    if (keys.length < 2) continue;
    const countries = new Set(keys.map((k) => coreOf(k)?.country).filter((c) => c !== undefined));
    if (countries.size > 1) continue;
    const [into, ...rest] = keys.sort(
      (a, b) => named.get(b)!.length - named.get(a)!.length || b.length - a.length,
    );
    for (const k of rest) {
      named.get(into!)!.push(...named.get(k)!);
      named.delete(k);
    }
  }
}

/** "Russian Federation" → the key of Russia: a demonym followed by words of statehood names the country. */
function formalCountry(m: SuggestedMention): string | undefined {
  if (!m.labels.includes("Country")) return undefined;
  const [first, ...rest] = words(m.text);
  const country = first ? countryOfDemonym(first) : undefined;
  return country && rest.length > 0 && rest.every((w) => STATE_WORDS.has(w)) ? key(country) : undefined;
}

export function toSpan(m: Pick<SuggestedMention, "start" | "end" | "text">): Span {
  return { start: m.start, end: m.end, text: m.text };
}
