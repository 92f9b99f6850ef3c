import { useState } from "react";
import type { VocabularyAnswer } from "../../../../graph/contract/vocabulary.ts";
import { FAMILIES } from "../../../../graph/model/vocabulary/families.ts";
import { ApiError, apiPost } from "../../api.ts";
import { relationType } from "../state/relationType.ts";

/**
 * A type the vocabulary lacks, added by the reviewer: name, family and
 * meaning go to data/vocabulary.json through the API, and the relation takes
 * the new type.
 */
export function NewTypeForm({
  onAdded,
  onCancel,
}: {
  onAdded(type: string, vocabulary: VocabularyAnswer): void;
  onCancel(): void;
}) {
  const [name, setName] = useState("");
  const [family, setFamily] = useState<string>(FAMILIES[0].id);
  const [description, setDescription] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const type = relationType(name);
  const add = async () => {
    if (!type) return;
    setBusy(true);
    setError(null);
    try {
      const vocabulary = await apiPost<"addVocabularyType">("/api/vocabulary", {
        name: type,
        family: family as (typeof FAMILIES)[number]["id"],
        description,
      });
      onAdded(type, vocabulary);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "The type could not be added.");
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset className="new-type" aria-label="New relationship type">
      <legend>New relationship type</legend>
      <label>
        Name
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder="LOBBIES" />
      </label>
      {type && type !== name ? <span className="muted"> → {type}</span> : null}
      <label>
        Family
        <select value={family} onChange={(e) => setFamily(e.target.value)}>
          {FAMILIES.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Meaning
        <input
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          placeholder="The subject lobbies the object."
        />
      </label>
      <button type="button" disabled={!type || !description.trim() || busy} onClick={() => void add()}>
        Add type
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      {error ? <p role="alert">{error}</p> : null}
    </fieldset>
  );
}
