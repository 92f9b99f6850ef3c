import { useState } from "react";
import type { VocabularyAnswer } from "../../../../graph/contract/vocabulary.ts";
import { groupByFamily } from "../../../../graph/model/vocabulary/vocabulary.ts";
import { additionsOf, useVocabulary } from "../../shell/vocabulary/useVocabulary.ts";
import { NewTypeForm } from "./NewTypeForm.tsx";

const NEW_TYPE = "\u0000new";

/**
 * The relation's type, chosen from the vocabulary grouped by family (the
 * reviewers' additions in theirs, a type from before the vocabulary under
 * "Other types"); "New type…" adds one to the vocabulary.
 */
export function RelationTypeSelect({ value, onChange }: { value: string; onChange(type: string): void }) {
  const fetched = useVocabulary();
  const [added, setAdded] = useState<VocabularyAnswer | null>(null);
  const [adding, setAdding] = useState(false);
  const vocabulary = added ?? fetched;
  const names = (vocabulary?.types ?? []).map((t) => t.name);
  const groups = groupByFamily(names.includes(value) ? names : [...names, value], additionsOf(vocabulary));
  const describe = (type: string) => vocabulary?.types.find((t) => t.name === type)?.description ?? "";
  return (
    <>
      <label>
        Type
        <select
          aria-label="Type"
          value={value}
          title={describe(value)}
          onChange={(e) => (e.target.value === NEW_TYPE ? setAdding(true) : onChange(e.target.value))}
        >
          {groups.map((g) => (
            <optgroup key={g.family} label={g.label}>
              {g.types.map((t) => (
                <option key={t} value={t} title={describe(t)}>
                  {t}
                </option>
              ))}
            </optgroup>
          ))}
          <option value={NEW_TYPE}>New type…</option>
        </select>
      </label>
      {adding ? (
        <NewTypeForm
          onCancel={() => setAdding(false)}
          onAdded={(type, answer) => {
            setAdded(answer);
            setAdding(false);
            onChange(type);
          }}
        />
      ) : null}
    </>
  );
}
