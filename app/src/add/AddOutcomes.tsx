import type { AddArticleResponse } from "../../../graph/contract/articles.ts";
import { DATE_UNKNOWN_NOTE } from "../../../graph/model/publishedDate.ts";
import { annotateHref } from "../shell/annotateUrl.ts";
import { madeWithoutEngine } from "../shell/useNlpState.ts";
import type { JobState } from "./addQueue.ts";

export interface Outcome {
  name: string;
  job: JobState;
}

/** What the add said about the article's language: told from the text, or its models being fetched. */
const LANGUAGE_NOTE = /^Not given, so language|^The French models of CoreNLP/;

function summary(result: AddArticleResponse): string {
  const { entities, relations } = result.draft;
  const count = entities.length + relations.length;
  return `Added ${result.slug} with ${count} suggestion${count === 1 ? "" : "s"} (${entities.length} entities, ${relations.length} relations).`;
}

/** Each article sent, by name, with what became of it; a count of those done above when there are several. */
export function AddOutcomes({ outcomes }: { outcomes: Outcome[] }) {
  if (outcomes.length === 0) return null;
  const done = outcomes.filter((o) => o.job.state === "added" || o.job.state === "refused").length;
  return (
    <div className="add-article-outcomes">
      {outcomes.length > 1 && (
        <p aria-live="polite">
          {done} of {outcomes.length} done
        </p>
      )}
      <ol aria-label="Outcomes">
        {outcomes.map(({ name, job }, index) => (
          <li key={index}>
            <span className="add-article-name">{name}</span>: {job.state === "waiting" && "waiting"}
            {job.state === "adding" && "adding…"}
            {job.state === "added" && (
              <>
                <span role="status">{summary(job.result)}</span>{" "}
                <a href={annotateHref(job.result.slug)}>Review the draft</a>
                {job.result.meta.published === null && <span className="muted"> {DATE_UNKNOWN_NOTE}</span>}
                {job.result.notes
                  .filter((note) => LANGUAGE_NOTE.test(note))
                  .map((note) => (
                    <span key={note} className="muted">
                      {" "}
                      {note}
                    </span>
                  ))}
                {(job.result.provenance.reprintOf || job.result.provenance.wire) && (
                  <span className="muted"> {job.result.provenance.note}</span>
                )}
                {madeWithoutEngine(job.result.draft.engines) && (
                  <span className="muted">
                    {" "}
                    Suggested without the language engine: from the rules and the graph&apos;s names alone.
                  </span>
                )}
              </>
            )}
            {job.state === "refused" && <span role="alert">{job.message}</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
