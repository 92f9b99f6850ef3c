import { foldName } from "../lexical/fold.ts";
import { flattenProperties, type Properties } from "../model/values.ts";
import type { ArticleInput } from "./read.ts";
import { type Problem, ValidationError } from "./problems.ts";

function clip(text: string, max = 70): string {
  const flat = JSON.stringify(text);
  return flat.length > max ? `${flat.slice(0, max - 2)}…"` : flat;
}

function collisions(properties: Properties): string[] {
  const seen = new Set(Object.keys(properties));
  const clashes: string[] = [];
  for (const [key, value] of Object.entries(properties)) {
    if (typeof value === "object" && !Array.isArray(value) && "quantity" in value) {
      for (const extra of [`${key}Unit`, `${key}Qualifier`]) if (seen.has(extra)) clashes.push(extra);
    }
  }
  return clashes;
}

/**
 * Checks what a schema cannot: ids unique and known, each alias claimed by one
 * entity, each evidence quote verbatim in the article. Throws every problem
 * found, each naming its file and entry.
 */
export function validateArticle(input: ArticleInput): void {
  const { annotation, text, files } = input;
  const problems: Problem[] = [];
  const entityIds = new Map<string, number>();

  annotation.entities.forEach((entity, i) => {
    const entry = `entities[${i}] "${entity.id}"`;
    const first = entityIds.get(entity.id);
    if (first !== undefined) {
      problems.push({
        file: files.annotation,
        entry,
        message: `duplicate entity id (first used by entities[${first}]).`,
      });
    } else entityIds.set(entity.id, i);
    for (const key of collisions(entity.properties)) {
      problems.push({
        file: files.annotation,
        entry,
        message: `property "${key}" clashes with the unit or qualifier of a quantity.`,
      });
    }
  });

  const claimedBy = new Map<string, string>();
  annotation.entities.forEach((entity, i) => {
    const names = new Set([entity.name, ...entity.aliases, ...entity.demonyms].map(foldName));
    for (const name of names) {
      const owner = claimedBy.get(name);
      if (owner !== undefined && owner !== entity.id) {
        problems.push({
          file: files.annotation,
          entry: `entities[${i}] "${entity.id}"`,
          message: `the name or alias "${name}" is already claimed by entity "${owner}".`,
        });
      } else claimedBy.set(name, entity.id);
    }
  });

  const relationIds = new Map<string, number>();
  const flatText = text.replace(/\s+/g, " ");
  annotation.relations.forEach((relation, i) => {
    const entry = `relations[${i}] "${relation.id}"`;
    const first = relationIds.get(relation.id);
    if (first !== undefined) {
      problems.push({
        file: files.annotation,
        entry,
        message: `duplicate relation id (first used by relations[${first}]).`,
      });
    } else relationIds.set(relation.id, i);
    for (const end of ["from", "to"] as const) {
      if (!entityIds.has(relation[end])) {
        problems.push({
          file: files.annotation,
          entry,
          message: `${end} names unknown entity id "${relation[end]}".`,
        });
      }
    }
    for (const key of collisions(relation.properties)) {
      problems.push({
        file: files.annotation,
        entry,
        message: `property "${key}" clashes with the unit or qualifier of a quantity.`,
      });
    }
    relation.evidence.forEach((quote, q) => {
      if (text.includes(quote)) return;
      const hint = flatText.includes(quote.replace(/\s+/g, " "))
        ? " (it does once line breaks are ignored: copy the quote with the article's line break)"
        : "";
      problems.push({
        file: files.annotation,
        entry,
        message: `evidence[${q}] ${clip(quote)} does not occur verbatim in ${files.text}${hint}.`,
      });
    });
  });

  if (problems.length > 0) throw new ValidationError(problems);
  // Flattening must not fail for valid input; calling it here proves that early.
  for (const entity of annotation.entities) flattenProperties(entity.properties);
}
