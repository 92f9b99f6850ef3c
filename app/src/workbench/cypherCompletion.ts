import type { Completion, CompletionContext, CompletionResult } from "@codemirror/autocomplete";
import type { CypherSchema } from "../../../graph/contract/workbench.ts";
import { CYPHER_KEYWORDS, completionTarget, namespacesOf } from "./completionTarget.ts";

/** What completion offers, read when the user types (the schema arrives after the editor). */
export interface CompletionSources {
  schema(): CypherSchema | null;
  parameters(): string[];
}

function quoted(name: string): string {
  return /^[A-Za-z_][\w]*$/.test(name) ? name : `\`${name.replaceAll("`", "``")}\``;
}

/** A CodeMirror completion source fed by the live schema (GET /api/cypher/schema). */
export function cypherCompletion(sources: CompletionSources) {
  return (context: CompletionContext): CompletionResult | null => {
    const line = context.state.doc.lineAt(context.pos);
    // Brackets can span lines: look at the whole text before the cursor.
    const before = context.state.sliceDoc(0, context.pos);
    const schema = sources.schema();
    const namespaces = namespacesOf([
      ...(schema?.functions.map((f) => f.name) ?? []),
      ...(schema?.procedures.map((p) => p.name) ?? []),
    ]);
    const target = completionTarget(before, namespaces);
    if (!target) return null;
    if (target.kind === "word" && target.prefix.length === 0 && !context.explicit) return null;
    if (target.from < line.from && target.kind === "word") return null;
    let options: Completion[] = [];
    switch (target.kind) {
      case "label":
        options = (schema?.labels ?? []).map((l) => ({ label: quoted(l), type: "class", detail: "label" }));
        break;
      case "relationshipType":
        options = (schema?.relationshipTypes ?? []).map((t) => ({
          label: quoted(t),
          type: "type",
          detail: "relationship type",
        }));
        break;
      case "propertyKey":
        options = (schema?.propertyKeys ?? []).map((k) => ({ label: quoted(k), type: "property" }));
        break;
      case "parameter":
        options = sources.parameters().map((p) => ({ label: p, type: "variable", detail: "parameter" }));
        break;
      case "procedure":
        options = (schema?.procedures ?? []).map((p) => ({
          label: p.name,
          type: "function",
          detail: "procedure",
          info: `${p.signature}\n\n${p.description}`,
        }));
        break;
      case "word":
        options = [
          ...CYPHER_KEYWORDS.map((k) => ({ label: k, type: "keyword" })),
          ...(schema?.functions ?? []).map((f) => ({
            label: f.name,
            type: "function",
            apply: `${f.name}(`,
            info: `${f.signature}\n\n${f.description}`,
          })),
        ];
        break;
    }
    return { from: target.from, options, validFor: /^[\w.`]*$/ };
  };
}
