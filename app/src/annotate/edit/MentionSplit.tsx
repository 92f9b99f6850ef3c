import { type Dispatch, useState } from "react";
import type { DraftEntity } from "../../../../graph/model/draft.ts";
import type { ReviewAction } from "../state/reviewReducer.ts";

/** The entity's mentions; the ticked ones can leave for a new entity (undoing a wrong merge). */
export function MentionSplit({
  entity,
  dispatch,
}: {
  entity: DraftEntity;
  dispatch: Dispatch<ReviewAction>;
}) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const key = (m: { start: number; end: number }) => `${m.start}:${m.end}`;
  const chosen = entity.mentions.filter((m) => ticked.has(key(m)));
  return (
    <fieldset>
      <legend>Mentions ({entity.mentions.length})</legend>
      <ul className="mentions">
        {entity.mentions.map((m) => (
          <li key={key(m)}>
            <label className="check">
              <input
                type="checkbox"
                checked={ticked.has(key(m))}
                onChange={(e) => {
                  const next = new Set(ticked);
                  if (e.target.checked) next.add(key(m));
                  else next.delete(key(m));
                  setTicked(next);
                }}
              />
              “{m.text}” <span className="muted">at {m.start}</span>
            </label>
          </li>
        ))}
      </ul>
      <button
        type="button"
        disabled={chosen.length === 0 || chosen.length === entity.mentions.length}
        onClick={() => {
          dispatch({ type: "split", id: entity.id, mentions: chosen });
          setTicked(new Set());
        }}
      >
        Split ticked mentions into a new entity
      </button>
    </fieldset>
  );
}
