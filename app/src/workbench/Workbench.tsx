import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { GraphNode, GraphRelationship } from "../../../graph/model/graphJson.ts";
import type { CypherSchema, QueryResult, SavedQueriesResponse } from "../../../graph/contract/workbench.ts";
import type { QueryPosition } from "../../../graph/contract/errorCodes.ts";
import { useExplorer } from "../shell/explorerContext.ts";
import { CypherEditor, type CypherEditorHandle } from "./CypherEditor.tsx";
import { parameterNames, parseParams } from "./params.ts";
import { ApiError } from "../api.ts";
import { checkQuery, fetchCypherSchema, fetchSavedQueries } from "./queryApi.ts";
import { ResultPanel } from "./ResultPanel.tsx";
import { missingForNode, missingForRelationship } from "./reveal.ts";
import { SavedQueryList } from "./SavedQueryList.tsx";
import { stored, store, usePersistedState } from "./usePersistedState.ts";
import { useQueryRun } from "./useQueryRun.ts";
import type { ChipActions } from "./ValueView.tsx";
import "./workbench.css";

type AfterRun = "add" | "replace" | "none";
const AFTER_RUN_KEY = "dossier.workbench.afterRun";
const DRAFT_KEY = "dossier.workbench.draft";
const PARAMS_KEY = "dossier.workbench.params";

/**
 * The Cypher workbench: an editor, parameters, saved queries and history; the
 * answer as a table, raw JSON or a graph put into the explorer.
 */
export default function Workbench() {
  const explorer = useExplorer();
  const editor = useRef<CypherEditorHandle>(null);
  const [schema, setSchema] = useState<CypherSchema | null>(null);
  const [saved, setSaved] = useState<SavedQueriesResponse["queries"]>([]);
  const [paramsText, setParamsText] = usePersistedState(PARAMS_KEY, "");
  const [afterRunText, setAfterRun] = usePersistedState(AFTER_RUN_KEY, "add");
  const afterRun: AfterRun = afterRunText === "replace" || afterRunText === "none" ? afterRunText : "add";
  const onResult = useCallback(
    (result: QueryResult | null) => {
      explorer.setLastResult?.(result?.graph ?? null);
      if (result && afterRun !== "none" && result.graph.nodes.length > 0)
        explorer.showGraph(result.graph, afterRun);
    },
    [explorer, afterRun],
  );
  const onRefused = useCallback(
    (message: string, position: QueryPosition | undefined) => editor.current?.markError(message, position),
    [],
  );
  const {
    run: runText,
    running,
    answer,
    failure,
    setFailure,
    paramsError,
    clearParamsError,
    browseHistory,
  } = useQueryRun({ onResult, onRefused });
  const run = useCallback(() => runText(editor.current?.getText() ?? "", paramsText), [runText, paramsText]);

  const schemaRef = useRef(schema);
  const paramsRef = useRef(paramsText);
  useEffect(() => {
    schemaRef.current = schema;
    paramsRef.current = paramsText;
  }, [schema, paramsText]);

  useEffect(() => {
    const controller = new AbortController();
    fetchCypherSchema(controller.signal)
      .then(setSchema)
      .catch(() => {});
    fetchSavedQueries(controller.signal)
      .then((r) => setSaved(r.queries))
      .catch(() => {});
    return () => controller.abort();
  }, []);

  // The side panel widens while the workbench shows (workbench.css) and narrows when it hides;
  // sigma only follows window resizes, so it is told when this panel's size changes.
  const root = useRef<HTMLDivElement>(null);
  const sigma = explorer.sigma;
  useEffect(() => {
    if (!root.current || !sigma) return undefined;
    const observer = new ResizeObserver(() => {
      sigma.resize();
      sigma.refresh();
    });
    observer.observe(root.current);
    return () => observer.disconnect();
  }, [sigma]);

  const completion = useMemo(
    () => ({
      schema: () => schemaRef.current,
      parameters: () => {
        const parsed = parseParams(paramsRef.current);
        return parsed.ok ? parameterNames(parsed.params) : [];
      },
    }),
    [],
  );

  const check = useCallback(async (text: string, signal: AbortSignal) => {
    const parsed = parseParams(paramsRef.current);
    try {
      await checkQuery({ query: text, ...(parsed.ok ? { params: parsed.params } : {}) }, signal);
      return null;
    } catch (error) {
      if (error instanceof ApiError && (error.status === 400 || error.status === 403)) {
        return {
          message: error.message,
          ...(error.position ? { position: error.position } : {}),
          severity: error.status === 403 ? ("warning" as const) : ("error" as const),
        };
      }
      throw error;
    }
  }, []);

  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  }, [run]);

  const onChange = useCallback((text: string) => store(DRAFT_KEY, text), []);

  const actions: ChipActions = useMemo(
    () => ({
      revealNode(node: GraphNode) {
        const inView = (id: string) => explorer.graph.hasNode(id) || explorer.graph.hasEdge(id);
        const missing = missingForNode(inView, node);
        if (missing) explorer.showGraph(missing, "add");
        explorer.select(node.id);
      },
      revealRelationship(relationship: GraphRelationship) {
        const inView = (id: string) => explorer.graph.hasNode(id) || explorer.graph.hasEdge(id);
        const missing = missingForRelationship(
          inView,
          answer?.result.graph ?? { nodes: [], relationships: [] },
          relationship,
        );
        if (missing === undefined) {
          setFailure({
            message: "This relationship's nodes are not in the result; return them too to show it.",
          });
          return;
        }
        if (missing) explorer.showGraph(missing, "add");
        explorer.select(relationship.id);
      },
    }),
    [explorer, answer, setFailure],
  );

  return (
    <div className="workbench" ref={root}>
      <SavedQueryList
        queries={saved}
        onLoad={(q) => {
          editor.current?.setText(q.query);
          editor.current?.focus();
        }}
      />
      <div className="workbench-main">
        <CypherEditor
          ref={editor}
          initialText={stored(DRAFT_KEY, "MATCH (n:Person)-[r]->(m)\nRETURN n, r, m\nLIMIT 25")}
          completion={completion}
          check={check}
          onRun={() => void runRef.current()}
          onChange={onChange}
          onHistory={browseHistory}
        />
        <div className="workbench-actions">
          <button type="button" onClick={() => void run()} disabled={running !== null}>
            Run
          </button>
          {running && (
            <button type="button" onClick={() => running.abort()}>
              Cancel
            </button>
          )}
          <span className="workbench-hint">Ctrl+Enter runs · ↑/↓ on the first/last line browse history</span>
          <label>
            After a run{" "}
            <select value={afterRun} onChange={(e) => setAfterRun(e.target.value)}>
              <option value="add">add the result to the view</option>
              <option value="replace">replace the view</option>
              <option value="none">leave the view</option>
            </select>
          </label>
        </div>
        <details className="workbench-params" open={paramsText.trim() !== ""}>
          <summary>Parameters</summary>
          <textarea
            aria-label="Parameters (JSON)"
            spellCheck={false}
            placeholder='{"id": "mali"}'
            value={paramsText}
            onChange={(e) => {
              setParamsText(e.target.value);
              clearParamsError();
            }}
          />
        </details>
        {paramsError && (
          <p role="alert" className="workbench-error">
            {paramsError}
          </p>
        )}
        {running && <p role="status">Running…</p>}
        {failure && (
          <p role="alert" className="workbench-error">
            {failure.where && <strong className="workbench-error-where">{failure.where}: </strong>}
            {failure.message}
          </p>
        )}
        {answer && (
          <ResultPanel
            result={answer.result}
            clientMs={answer.clientMs}
            actions={actions}
            onShowGraph={(mode) => explorer.showGraph(answer.result.graph, mode)}
          />
        )}
      </div>
    </div>
  );
}
