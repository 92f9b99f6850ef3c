import { textHash } from "../corpus/textHash.ts";
import { foldName } from "../lexical/fold.ts";
import { ENTITY_LABELS, type EntityLabel } from "../model/annotation.ts";
import { type Draft, type DraftEntity, type DraftRelation, draftSchema } from "../model/draft.ts";
import { NlpUnavailableError } from "../nlp/client.ts";
import { annotateLong } from "../nlp/chunked.ts";
import { type EntityGroup, clusterMentions, toSpan } from "./cluster.ts";
import { corefOccurrences } from "./coref.ts";
import { gazetteerMentions, gazetteerNames, graphNameLabels } from "./gazetteer.ts";
import { firstFreeId, slugId } from "../lexical/ids.ts";
import { type GraphReader, type Link, keptLink, linkGroups, takenIds } from "./link.ts";
import { readVocabularyAdditions } from "../corpus/vocabularyFile.ts";
import { NLP_READS_CHARS, nlpCut, withPlainTail } from "./longText.ts";
import { findMentions } from "./mentions.ts";
import { type Occurrence, type RelationGuess, suggestRelations } from "./relations.ts";
import { GENERIC_TYPE } from "../model/vocabulary/vocabulary.ts";
import { type AnalysedText, plainTokens } from "./text.ts";
import { fromCoreNlpIn } from "./french.ts";
import { frenchSubjectPronouns } from "./frenchCoref.ts";
import { pipelineLanguage } from "../nlp/languages.ts";
import { propertiesWithin } from "./valueProperties.ts";

export type { GraphReader };

export interface SuggestContext {
  /** The graph to link entities to; absent: no linking. */
  db?: GraphReader;
  /** A CoreNLP server to use; null or absent: the graph's names and the rules alone. */
  nlpUrl?: string | null;
  /** How much of the text CoreNLP reads (NLP_READS_CHARS unless given; tests give less). */
  nlpReadsChars?: number;
  /** The article's publication date (YYYY-MM-DD), for dates written without a year. */
  referenceDate?: string;
  /** The article's language tag ("en" unless given): which CoreNLP pipeline and which word lists read it. */
  language?: string;
  /** Relationship types reviewers added to the vocabulary (data/vocabulary.json unless given). */
  additions?: readonly string[];
  /** One line per thing the user should know (an engine unreachable, a fallback taken). */
  log?: (line: string) => void;
  /** Merged ids (data/decisions/same-as.json): each dropped id and the id it ends at; a link follows them. */
  sameAs?: Readonly<Record<string, string>>;
}

const MAX_EVIDENCE = 3;

/** The first free id from `base`, marked as taken. */
function takeId(base: string, taken: Set<string>): string {
  const id = firstFreeId(base, taken);
  taken.add(id);
  return id;
}
const MAX_TYPES_PER_PAIR = 2;

async function analyse(
  text: string,
  context: SuggestContext,
  notes: string[],
): Promise<{ analysed: AnalysedText; engine?: string }> {
  const language = pipelineLanguage(context.language);
  if (context.nlpUrl && !language) {
    notes.push(
      `CoreNLP has no models for the language "${context.language}" here: suggestions come from the graph's names and the rules alone.`,
    );
  } else if (context.nlpUrl && language) {
    try {
      const limit = context.nlpReadsChars ?? NLP_READS_CHARS;
      const cut = nlpCut(text, limit);
      const doc = await annotateLong(context.nlpUrl, text.slice(0, cut), {
        language,
        ...(context.referenceDate ? { referenceDate: context.referenceDate } : {}),
      });
      const head = fromCoreNlpIn(language, text, doc, context.referenceDate);
      if (cut === text.length) return { analysed: head, engine: "corenlp" };
      notes.push(
        `CoreNLP read the first ${cut.toLocaleString("en-US")} characters of ${text.length.toLocaleString("en-US")} (whole paragraphs up to ${limit.toLocaleString("en-US")}); the rest was read by the rules and for the names CoreNLP found there.`,
      );
      return { analysed: withPlainTail(text, head, cut, context.language), engine: "corenlp" };
    } catch (error) {
      if (!(error instanceof NlpUnavailableError)) throw error;
      notes.push(`${error.message} Suggestions come from the graph's names and the rules alone.`);
    }
  } else {
    notes.push("CoreNLP is not in use: suggestions come from the graph's names and the rules alone.");
  }
  return { analysed: plainTokens(text, context.language) };
}

function entityLabels(group: EntityGroup, link: Link | undefined): EntityLabel[] {
  const fromGraph = (link?.entity?.labels ?? []).filter((l): l is EntityLabel =>
    (ENTITY_LABELS as readonly string[]).includes(l),
  );
  return fromGraph.length > 0 ? fromGraph : group.labels;
}

/** Entities with their final ids; each name, alias or demonym claimed by one entity only. */
function buildEntities(
  analysed: AnalysedText,
  groups: readonly EntityGroup[],
  links: readonly (Link | undefined)[],
  graphIds: Set<string>,
  referenceDate: string | undefined,
): { entities: DraftEntity[]; idOf: Map<EntityGroup, string> } {
  const idOf = new Map<EntityGroup, string>();
  const claimed = new Set<string>();
  const ids = new Set<string>(graphIds);
  const sentences = new Map(analysed.sentences.map((s) => [s.index, s]));
  const order = groups
    .map((g, i) => ({ g, i }))
    .sort((a, b) => Number(!!links[b.i]?.entity) - Number(!!links[a.i]?.entity));
  const out: DraftEntity[] = [];
  for (const { g, i } of order) {
    const link = links[i];
    const linked = link?.entity;
    const name = linked?.name ?? g.name;
    const twin = out.find((e) => foldName(e.name) === foldName(name));
    if (twin) {
      // Two groups are one entity (both linked to it, or the same name): one entity, all mentions.
      twin.mentions.push(...g.mentions.map(toSpan));
      twin.mentions.sort((a, b) => a.start - b.start);
      idOf.set(g, twin.id);
      continue;
    }
    claimed.add(foldName(name));
    const known = new Set(
      [linked?.name ?? "", ...(linked?.aliases ?? []), ...(linked?.demonyms ?? [])].map(foldName),
    );
    const fresh = (forms: string[]) =>
      forms.filter((f) => {
        const k = foldName(f);
        if (claimed.has(k) || known.has(k)) return false;
        claimed.add(k);
        return true;
      });
    const aliases = fresh(g.name === name ? g.aliases : [g.name, ...g.aliases]);
    const demonyms = fresh(g.demonyms);
    const id = linked ? linked.id : firstFreeId(slugId(name), ids);
    ids.add(id);
    if (linked) ids.add(linked.id);
    const properties: DraftEntity["properties"] = {};
    const labels = entityLabels(g, link);
    if (g.kind === "nominal" && labels.some((l) => l === "Event" || l === "Agreement")) {
      const first = g.mentions[0]!;
      const sentence = sentences.get(first.sentence);
      const dates = sentence
        ? propertiesWithin(analysed.values, sentence.start, sentence.end, referenceDate)
        : {};
      if (dates.date) properties.date = dates.date;
    }
    out.push({
      id,
      labels,
      name,
      aliases,
      demonyms,
      properties,
      status: "suggested",
      engine: [...g.engines, ...(linked ? ["gazetteer"] : [])]
        .filter((e, k, all) => all.indexOf(e) === k)
        .join("+"),
      // A link on an equal name is sure; one on the same words across languages is a proposal (its own score).
      score:
        Math.round(
          (linked
            ? link.score !== undefined
              ? Math.min(g.score, link.score)
              : Math.max(g.score, 0.9)
            : g.score) * 100,
        ) / 100,
      mentions: g.mentions.map(toSpan),
      existing: !!linked,
      candidates: link?.candidates ?? [],
    });
    idOf.set(g, id);
  }
  return { entities: out, idOf };
}

function buildRelations(
  analysed: AnalysedText,
  guesses: readonly RelationGuess[],
  engine: string,
  referenceDate?: string,
): DraftRelation[] {
  const byKey = new Map<string, { guess: RelationGuess; spans: RelationGuess["evidence"][] }>();
  for (const g of guesses) {
    const key = `${g.from}|${g.type}|${g.to}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { guess: g, spans: [g.evidence] });
    else {
      if (g.score > seen.guess.score) seen.guess = g;
      if (seen.spans.length < MAX_EVIDENCE && !seen.spans.some((s) => s.text === g.evidence.text))
        seen.spans.push(g.evidence);
    }
  }
  // At most two types for one pair of entities: the reviewer picks, the draft does not flood. A
  // second relation of a pair that says nothing the first does not (RELATED_TO, or the same type
  // the other way round) is left out.
  const perPair = new Map<string, string[]>();
  const ids = new Set<string>();
  const out: DraftRelation[] = [];
  const ranked = [...byKey.values()].sort(
    (a, b) =>
      Number(a.guess.type === GENERIC_TYPE) - Number(b.guess.type === GENERIC_TYPE) ||
      b.guess.score - a.guess.score,
  );
  for (const { guess, spans } of ranked) {
    const pair = [guess.from, guess.to].sort().join("|");
    const types = perPair.get(pair) ?? [];
    if (types.length >= MAX_TYPES_PER_PAIR) continue;
    if (types.length > 0 && (guess.type === GENERIC_TYPE || types.includes(guess.type))) continue;
    perPair.set(pair, [...types, guess.type]);
    const first = spans[0]!;
    out.push({
      id: takeId(slugId(`${guess.from}-${guess.type}-${guess.to}`), ids),
      type: guess.type,
      from: guess.from,
      to: guess.to,
      // The words the type was read from stay on the relation, in the graph too.
      properties: {
        ...propertiesWithin(analysed.values, first.start, first.end, referenceDate),
        trigger: guess.trigger,
      },
      evidence: spans.map((s) => s.text),
      evidenceSpans: spans,
      trigger: guess.trigger,
      status: "suggested",
      engine,
      score: Math.round(Math.max(0.05, guess.score) * 100) / 100,
    });
  }
  return out.sort((a, b) => a.evidenceSpans[0]!.start - b.evidenceSpans[0]!.start);
}

/**
 * Suggests a draft annotation for an article text: entities from CoreNLP's
 * named-entity recognition, the graph's own names and general rules, linked
 * to the graph where a name matches; relations between entities a sentence
 * names together, typed from the words between them, each with its verbatim
 * evidence span. Never fails because an engine is unavailable: it falls back
 * and says so in `notes` (and through `log`).
 */
export async function suggestDraft(text: string, context: SuggestContext = {}): Promise<Draft> {
  const notes: string[] = [];
  const { db } = context;
  // The graph's names are fetched while CoreNLP reads the text: the
  // capitalised stretches a plain tokenisation finds are nearly all the ones it will.
  const asked = new Set<string>();
  const prefetch = db
    ? graphNameLabels(db, gazetteerNames(plainTokens(text, context.language)), asked)
    : undefined;
  prefetch?.catch(() => undefined);
  const { analysed, engine } = await analyse(text, context, notes);
  const mentions = findMentions(analysed);
  const engines = engine ? [engine, "rules"] : ["rules"];
  let links: (Link | undefined)[] = [];
  const types = context.additions ?? readVocabularyAdditions().map((a) => a.name);
  let graphIds = new Set<string>();
  let groups: EntityGroup[];
  if (db && prefetch) {
    try {
      const labelsOf = await prefetch;
      for (const [name, labels] of await graphNameLabels(db, gazetteerNames(analysed), asked)) {
        labelsOf.set(name, labels);
      }
      mentions.push(...gazetteerMentions(analysed, labelsOf, mentions));
      mentions.sort((a, b) => a.start - b.start);
      groups = clusterMentions(mentions, analysed.text, analysed.language);
      [links, graphIds] = await Promise.all([
        linkGroups(db, groups, analysed.language),
        takenIds(
          db,
          groups.map((g) => slugId(g.name)),
        ),
      ]);
      links = links.map((link) => link && keptLink(link, context.sameAs ?? {}));
      engines.push("gazetteer");
    } catch (error) {
      notes.push(`The graph could not be read (${(error as Error).message}); entities are not linked to it.`);
      groups = clusterMentions(mentions, analysed.text, analysed.language);
      links = [];
    }
  } else {
    groups = clusterMentions(mentions, analysed.text, analysed.language);
    notes.push("No graph to link to: every entity is suggested as new.");
  }
  const { entities, idOf } = buildEntities(analysed, groups, links, graphIds, context.referenceDate);
  const occurrences: Occurrence[] = [];
  for (const g of groups) {
    const id = idOf.get(g);
    const entity = entities.find((e) => e.id === id);
    if (!id || !entity) continue;
    for (const mention of g.mentions) occurrences.push({ entity: id, labels: entity.labels, mention });
  }
  occurrences.push(...corefOccurrences(analysed, occurrences));
  if (analysed.language === "fr") occurrences.push(...frenchSubjectPronouns(analysed, occurrences));
  const relations = buildRelations(
    analysed,
    suggestRelations(analysed, occurrences, types),
    engines.filter((e) => e !== "gazetteer").join("+"),
    context.referenceDate,
  );
  for (const note of notes) context.log?.(note);
  return draftSchema.parse({ textHash: textHash(text), engines, notes, entities, relations });
}
