import type { PublishState } from "./usePublish.ts";

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What publishing did: the counts and the way back to the explorer, or why nothing was published. */
export function PublishOutcome({ state }: { state: PublishState }) {
  if (state.kind === "published") {
    const { entities, relations } = state.result;
    return (
      <p role="status" className="publish-outcome">
        Published {counted(entities, "entity", "entities")} and {counted(relations, "relation", "relations")}.{" "}
        <a href="/">Open the explorer</a> to search them.
      </p>
    );
  }
  if (state.kind === "refused") {
    return (
      <div role="alert" className="publish-outcome refused">
        <p>{state.message}</p>
        {state.problems && state.problems.general.length > 0 && (
          <ul>
            {state.problems.general.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  return null;
}
