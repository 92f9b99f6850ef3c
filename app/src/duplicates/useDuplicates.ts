import { useCallback, useEffect, useState } from "react";
import type {
  DecisionsFile,
  DecisionsResponse,
  DuplicatesResponse,
  DuplicateSide,
} from "../../../graph/contract/duplicates.ts";
import { apiGet, apiPost } from "../api.ts";
import { isAbort, useConnection } from "../shell/connection/connection.ts";
import { withNames } from "./pairs.ts";

/** Pairs asked for at a time: the strongest first, as many as a reviewer weighs in a sitting. */
export const CANDIDATE_LIMIT = 50;

/** What the last decision did, and the id to bring back when it was a merge. */
export interface Outcome {
  message: string;
  undo: string | null;
}

export interface Duplicates {
  /** The last list received; null until the first arrives. */
  list: DuplicatesResponse | null;
  /** Why the list could not be fetched (the last list, if any, stays on screen). */
  listError: string | null;
  decisions: DecisionsFile | null;
  names: ReadonlyMap<string, string>;
  outcome: Outcome | null;
  /** The server's sentence when it refused the last decision. */
  refusal: string | null;
  busy: boolean;
  merge(keep: DuplicateSide, drop: DuplicateSide): Promise<boolean>;
  notSame(a: DuplicateSide, b: DuplicateSide): Promise<boolean>;
  undo(drop: string): Promise<boolean>;
  undoNotSame(a: string, b: string): Promise<boolean>;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : "The request failed.");

/**
 * The candidate pairs and the decisions, and the ways to decide and undo. After each decision the list
 * is asked for again (a merge can settle other pairs of the dropped entity); a refusal changes nothing
 * but the sentence shown.
 */
export function useDuplicates(): Duplicates {
  const { generation } = useConnection();
  const [list, setList] = useState<DuplicatesResponse | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [decisions, setDecisions] = useState<DecisionsFile | null>(null);
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [round, setRound] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    Promise.all([
      apiGet<"duplicates">(`/api/duplicates?limit=${CANDIDATE_LIMIT}`, controller.signal),
      apiGet<"decisions">("/api/duplicates/decisions", controller.signal),
    ])
      .then(([answer, current]) => {
        setList(answer);
        setListError(null);
        setDecisions(current.decisions);
        setNames((known) => withNames(known, answer.candidates, current.decisions));
      })
      .catch((error: unknown) => {
        if (isAbort(error)) return;
        setListError(messageOf(error));
      });
    return () => controller.abort();
  }, [generation, round]);

  const decide = useCallback(async (call: () => Promise<DecisionsResponse>, done: Outcome) => {
    setBusy(true);
    try {
      const answer = await call();
      setDecisions(answer.decisions);
      setNames((known) => withNames(known, [], answer.decisions));
      setOutcome(done);
      setRefusal(null);
      setRound((r) => r + 1);
      return true;
    } catch (error) {
      setRefusal(messageOf(error));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  const merge = useCallback(
    (keep: DuplicateSide, drop: DuplicateSide) =>
      decide(() => apiPost<"mergeEntities">("/api/duplicates/merge", { keep: keep.id, drop: drop.id }), {
        message: `Merged “${drop.name}” into “${keep.name}”.`,
        undo: drop.id,
      }),
    [decide],
  );
  const notSame = useCallback(
    (a: DuplicateSide, b: DuplicateSide) =>
      decide(() => apiPost<"notSameEntities">("/api/duplicates/not-same", { a: a.id, b: b.id }), {
        message: `Marked “${a.name}” and “${b.name}” as not the same.`,
        undo: null,
      }),
    [decide],
  );
  const undo = useCallback(
    (drop: string) => {
      const merged = decisions?.same.find((d) => d.drop === drop);
      const message = merged
        ? `Split “${merged.dropName}” from “${merged.keepName}” again.`
        : "Split the merge again.";
      return decide(() => apiPost<"undoMerge">("/api/duplicates/undo", { drop }), { message, undo: null });
    },
    [decide, decisions],
  );

  const undoNotSame = useCallback(
    (a: string, b: string) => {
      const said = (id: string) => `“${names.get(id) ?? id}”`;
      return decide(() => apiPost<"undoNotSame">("/api/duplicates/not-same/undo", { a, b }), {
        message: `${said(a)} and ${said(b)} may be proposed again.`,
        undo: null,
      });
    },
    [decide, names],
  );

  return { list, listError, decisions, names, outcome, refusal, busy, merge, notSame, undo, undoNotSame };
}
