import type { DuplicateSide } from "../../../graph/contract/duplicates.ts";
import { annotateHref } from "../shell/annotateUrl.ts";
import { LabelChips } from "../shell/LabelChips.tsx";
import { SentenceList } from "../shell/sentence/SentenceList.tsx";
import { articleCount } from "./pairs.ts";

/** One side of a pair as the reviewer weighs it: name, labels, where it comes from, and its quotes. */
export function DuplicateSideView({
  letter,
  side,
  headingId,
}: {
  letter: "A" | "B";
  side: DuplicateSide;
  headingId: string;
}) {
  return (
    <section className="duplicate-side" aria-labelledby={headingId}>
      <h4 id={headingId}>
        <span className="side-letter">{letter}</span> {side.name}
      </h4>
      <LabelChips labels={side.labels} />
      <p className="muted side-source">
        {side.articles > 0 && <>{articleCount(side.articles)} · </>}
        {side.draft ? (
          <>
            <span className="draft-badge">draft</span> <a href={annotateHref(side.draft)}>{side.draft}</a>
          </>
        ) : (
          "in the graph"
        )}
      </p>
      {side.aliases.length > 0 && <p className="side-aliases">Also called {side.aliases.join(", ")}</p>}
      {side.quotes.length === 0 ? (
        <p className="muted">No sentence names it.</p>
      ) : (
        <SentenceList className="side-quotes" label={`Quotes naming ${side.name}`} sentences={side.quotes} />
      )}
    </section>
  );
}
