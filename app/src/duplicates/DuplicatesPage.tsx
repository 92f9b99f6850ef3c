import { useRef } from "react";
import { ConnectionProvider } from "../shell/connection/ConnectionProvider.tsx";
import { OutageBanner } from "../shell/connection/OutageBanner.tsx";
import { CandidateList } from "./CandidateList.tsx";
import { DecisionsList } from "./DecisionsList.tsx";
import "./duplicates.css";
import { OutcomeLine } from "./OutcomeLine.tsx";
import { listSummary, openCandidates } from "./pairs.ts";
import { CANDIDATE_LIMIT, useDuplicates } from "./useDuplicates.ts";

/** The Duplicates view: possible duplicates across the graph and the drafts, and the decisions taken. */
export function DuplicatesPage() {
  return (
    <ConnectionProvider>
      <OutageBanner />
      <DuplicatesView />
    </ConnectionProvider>
  );
}

function DuplicatesView() {
  const d = useDuplicates();
  const statusLine = useRef<HTMLParagraphElement>(null);
  const pairs = d.list ? openCandidates(d.list.candidates, d.decisions) : [];
  return (
    <div className="duplicates">
      <header className="toolbar duplicates-bar">
        <h1>
          <a href="/">Dossier</a>
        </h1>
        <span className="muted">Possible duplicates</span>
        <a href="/">Back to the explorer</a>
      </header>
      <main className="duplicates-main">
        <h2>Possible duplicates</h2>
        {d.list && (
          <p className="muted">
            {listSummary(
              pairs.length,
              d.list.compared,
              d.list.candidates.length >= CANDIDATE_LIMIT && CANDIDATE_LIMIT,
            )}
          </p>
        )}
        <OutcomeLine outcome={d.outcome} busy={d.busy} undo={(drop) => void d.undo(drop)} ref={statusLine} />
        {d.refusal && (
          <p role="alert" className="decision-refusal">
            {d.refusal}
          </p>
        )}
        {d.listError && <p role="alert">{d.listError}</p>}
        {d.list === null ? (
          !d.listError && <p className="muted">Comparing the entities…</p>
        ) : (
          <CandidateList
            pairs={pairs}
            busy={d.busy}
            merge={d.merge}
            notSame={d.notSame}
            afterLast={statusLine}
          />
        )}
        <DecisionsList
          decisions={d.decisions}
          names={d.names}
          busy={d.busy}
          undo={(drop) => void d.undo(drop)}
          undoNotSame={(a, b) => void d.undoNotSame(a, b)}
        />
      </main>
    </div>
  );
}
