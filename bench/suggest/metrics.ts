import { foldName } from "../../graph/lexical/fold.ts";
import type { Annotation } from "../../graph/model/annotation.ts";
import type { Draft } from "../../graph/model/draft.ts";

/**
 * Quality of a draft against a hand annotation of the same text. An entity
 * counts as nominal when it is an agreement, an event, a project or a
 * facility, or when its name ends in a common noun ("French missions");
 * the others are named entities. A suggested entity matches a gold entity
 * when any of its name, aliases, demonyms or mention texts equals any of the
 * gold entity's name, aliases or demonyms, case and accents aside.
 */
export interface SuggestQuality {
  named: { gold: number; suggested: number; recall: number; precision: number; missed: string[] };
  nominal: { gold: number; suggested: number; recall: number; precision: number };
  relations: {
    gold: number;
    suggested: number;
    pairRecall: number;
    typeAgreement: number;
    perGold: number;
    missedPairs: string[];
  };
}

const NOMINAL_LABELS = new Set(["Agreement", "Event", "Project", "Facility"]);

export function isNominal(entity: { name: string; labels: readonly string[] }, language = "en"): boolean {
  if (entity.labels.some((l) => NOMINAL_LABELS.has(l))) return true;
  const words = entity.name.trim().split(/\s+/);
  // The head noun: last in English ("French missions"), first in French ("junte militaire", "Conseil constitutionnel").
  const head = (language === "fr" ? words[0] : words.at(-1)) ?? "";
  return /^\p{Ll}/u.test(head);
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 1000) / 1000);

export function measureDraft(draft: Draft, gold: Annotation): SuggestQuality {
  const goldNames = new Map(
    gold.entities.map((g) => [g.id, new Set([g.name, ...g.aliases, ...g.demonyms].map(foldName))]),
  );
  const matchOf = new Map<string, Set<string>>();
  for (const s of draft.entities) {
    const forms = new Set(
      [s.name, ...s.aliases, ...s.demonyms, ...s.mentions.map((m) => m.text)].map(foldName),
    );
    const hits = new Set<string>();
    for (const [id, names] of goldNames) if ([...forms].some((f) => names.has(f))) hits.add(id);
    matchOf.set(s.id, hits);
  }
  const part = (nominal: boolean) => {
    const goldPart = gold.entities.filter((g) => isNominal(g) === nominal);
    const suggestedPart = draft.entities.filter((s) => isNominal(s) === nominal);
    const found = goldPart.filter((g) => [...matchOf.values()].some((hits) => hits.has(g.id)));
    const correct = suggestedPart.filter((s) => (matchOf.get(s.id)?.size ?? 0) > 0);
    return {
      gold: goldPart.length,
      suggested: suggestedPart.length,
      recall: ratio(found.length, goldPart.length),
      precision: ratio(correct.length, suggestedPart.length),
      missed: goldPart.filter((g) => !found.includes(g)).map((g) => g.name),
    };
  };
  let recalled = 0;
  let typed = 0;
  const missedPairs: string[] = [];
  for (const r of gold.relations) {
    const linking = draft.relations.filter((s) => {
      const f = matchOf.get(s.from) ?? new Set();
      const t = matchOf.get(s.to) ?? new Set();
      return (f.has(r.from) && t.has(r.to)) || (f.has(r.to) && t.has(r.from));
    });
    if (linking.length > 0) {
      recalled++;
      if (linking.some((s) => s.type === r.type)) typed++;
    } else missedPairs.push(`${r.from} ${r.type} ${r.to}`);
  }
  const named = part(false);
  const { missed: _unused, ...nominal } = part(true);
  return {
    named,
    nominal,
    relations: {
      gold: gold.relations.length,
      suggested: draft.relations.length,
      pairRecall: ratio(recalled, gold.relations.length),
      typeAgreement: ratio(typed, recalled),
      perGold: ratio(draft.relations.length, gold.relations.length),
      missedPairs,
    },
  };
}
