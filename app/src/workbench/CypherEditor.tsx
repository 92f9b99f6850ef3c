import { completionStatus } from "@codemirror/autocomplete";
import { StreamLanguage } from "@codemirror/language";
import { cypher } from "@codemirror/legacy-modes/mode/cypher";
import { type Diagnostic, linter, setDiagnostics } from "@codemirror/lint";
import { EditorState, Prec } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import { basicSetup } from "codemirror";
import { type Ref, useEffect, useImperativeHandle, useRef } from "react";
import type { QueryPosition } from "../../../graph/contract/workbench.ts";
import { type CompletionSources, cypherCompletion } from "./cypherCompletion.ts";
import { errorRange } from "./errorRange.ts";

export interface CypherEditorHandle {
  /** Replaces the text (a saved query, a history entry) and puts the cursor at its end. */
  setText(text: string): void;
  getText(): string;
  focus(): void;
  /** Marks an error the server reported for the text as it was run. */
  markError(message: string, position: QueryPosition | undefined): void;
}

export interface CypherEditorProps {
  initialText: string;
  completion: CompletionSources;
  onRun(): void;
  onChange(text: string): void;
  /** Browses the history from the first line (up) or the last line (down); the text to show, if any. */
  onHistory(direction: "up" | "down", current: string): string | undefined;
  /** Checks the text as it is typed (EXPLAIN on the server); a message and position when wrong. */
  check(
    text: string,
    signal: AbortSignal,
  ): Promise<{ message: string; position?: QueryPosition; severity: "error" | "warning" } | null>;
  ref?: Ref<CypherEditorHandle>;
}

const cypherLanguage = StreamLanguage.define(cypher);

function diagnosticAt(
  text: string,
  message: string,
  position: QueryPosition | undefined,
  severity: "error" | "warning",
): Diagnostic {
  const range = position ? errorRange(text, position.offset) : { from: 0, to: text.length };
  return { ...range, severity, message, source: "Neo4j" };
}

/**
 * CodeMirror 6 with Cypher highlighting (the legacy Cypher mode), completion
 * from the live schema, errors marked as you type, Ctrl/Cmd+Enter to run and
 * history on up/down at the first/last line.
 */
export function CypherEditor({ ref, ...props }: CypherEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The editor is created once; it reads the latest callbacks through this ref.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    if (!host.current) return undefined;
    let checking: AbortController | undefined;
    const historyKeys = keymap.of([
      {
        key: "ArrowUp",
        run: (v) => {
          if (completionStatus(v.state) === "active") return false;
          const { head, empty } = v.state.selection.main;
          if (!empty || v.state.doc.lineAt(head).number !== 1) return false;
          const text = latest.current.onHistory("up", v.state.doc.toString());
          if (text === undefined) return false;
          v.dispatch({
            changes: { from: 0, to: v.state.doc.length, insert: text },
            selection: { anchor: 0 },
          });
          return true;
        },
      },
      {
        key: "ArrowDown",
        run: (v) => {
          if (completionStatus(v.state) === "active") return false;
          const { head, empty } = v.state.selection.main;
          if (!empty || v.state.doc.lineAt(head).number !== v.state.doc.lines) return false;
          const text = latest.current.onHistory("down", v.state.doc.toString());
          if (text === undefined) return false;
          v.dispatch({
            changes: { from: 0, to: v.state.doc.length, insert: text },
            selection: { anchor: text.length },
          });
          return true;
        },
      },
    ]);
    const runKey = Prec.highest(
      keymap.of([
        {
          key: "Mod-Enter",
          run: () => {
            latest.current.onRun();
            return true;
          },
        },
      ]),
    );
    const asYouType = linter(
      async (v) => {
        const text = v.state.doc.toString();
        checking?.abort();
        if (text.trim() === "") return [];
        checking = new AbortController();
        try {
          const problem = await latest.current.check(text, checking.signal);
          return problem ? [diagnosticAt(text, problem.message, problem.position, problem.severity)] : [];
        } catch {
          // A check that failed to reach the server marks nothing; running will say why.
          return [];
        }
      },
      { delay: 500 },
    );
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: latest.current.initialText,
        extensions: [
          runKey,
          historyKeys,
          basicSetup,
          cypherLanguage,
          cypherLanguage.data.of({ autocomplete: cypherCompletion(latest.current.completion) }),
          asYouType,
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ "aria-label": "Cypher", "aria-multiline": "true" }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      checking?.abort();
      editor.destroy();
      view.current = null;
    };
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      setText(text: string) {
        const v = view.current;
        if (!v) return;
        v.dispatch({
          changes: { from: 0, to: v.state.doc.length, insert: text },
          selection: { anchor: text.length },
        });
      },
      getText: () => view.current?.state.doc.toString() ?? "",
      focus: () => view.current?.focus(),
      markError(message: string, position: QueryPosition | undefined) {
        const v = view.current;
        if (!v) return;
        const text = v.state.doc.toString();
        v.dispatch(setDiagnostics(v.state, [diagnosticAt(text, message, position, "error")]));
      },
    }),
    [],
  );

  return <div className="workbench-editor" ref={host} />;
}
