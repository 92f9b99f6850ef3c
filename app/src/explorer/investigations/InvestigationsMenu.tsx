import { useCallback, useEffect, useId, useState } from "react";
import type { Answer } from "../../../../graph/contract/routes.ts";
import { apiGet } from "../../api.ts";
import "./investigations.css";
import { InvestigationStatus } from "./InvestigationStatus.tsx";
import { useInvestigation } from "./investigationState.ts";
import { importInvestigationFile, importedSentence, useInvestigationDrop } from "./importFile.ts";

/** Imports an export file and opens what it holds; says what happened (or why not) in `report`. */
function useImport(report: (sentence: string) => void) {
  const { open } = useInvestigation();
  return useCallback(
    (file: File) => {
      report(`Importing ${file.name}…`);
      importInvestigationFile(file).then(
        async (answer) => {
          await open(answer.slug);
          report(importedSentence(answer));
        },
        (error: unknown) => report(error instanceof Error ? error.message : "The import failed."),
      );
    },
    [open, report],
  );
}

/** "Save investigation" (name and description) and the list of saved investigations, in the toolbar. */
export function InvestigationsMenu() {
  const [panel, setPanel] = useState<"save" | "list" | null>(null);
  const [imported, setImported] = useState<string | null>(null);
  const id = useId();
  const importFile = useImport(setImported);
  useInvestigationDrop(importFile);
  return (
    <div className="investigations-menu">
      {(["save", "list"] as const).map((which) => (
        <button
          key={which}
          type="button"
          aria-haspopup="dialog"
          aria-expanded={panel === which}
          aria-controls={id}
          onClick={() => setPanel((p) => (p === which ? null : which))}
        >
          {which === "save" ? "Save investigation" : "Investigations"}
        </button>
      ))}
      {panel === "save" && <SaveDialog id={id} close={() => setPanel(null)} />}
      {panel === "list" && (
        <ListDialog
          id={id}
          close={() => setPanel(null)}
          importFile={(file) => {
            setPanel(null);
            importFile(file);
          }}
        />
      )}
      {panel === null && imported === null && <InvestigationStatus />}
      {panel === null && imported !== null && (
        <div role="status" className="popover-panel investigations-status">
          <p>{imported}</p>
          <button type="button" onClick={() => setImported(null)}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}

function SaveDialog({ id, close }: { id: string; close(): void }) {
  const { current, save } = useInvestigation();
  const [name, setName] = useState(current?.name ?? "");
  const [description, setDescription] = useState(current?.description ?? "");
  const [busy, setBusy] = useState(false);
  const run = async (asNew: boolean) => {
    setBusy(true);
    await save({ name: name.trim(), description }, asNew);
    setBusy(false);
    // Saved or refused, the status below the toolbar says which (a conflict with both versions).
    close();
  };
  return (
    <form
      id={id}
      role="dialog"
      aria-label="Save investigation"
      className="popover-panel investigations-panel"
      onSubmit={(e) => {
        e.preventDefault();
        void run(false);
      }}
    >
      <label>
        Name
        <input value={name} required maxLength={200} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Description
        <textarea
          value={description}
          maxLength={5000}
          rows={3}
          onChange={(e) => setDescription(e.target.value)}
        />
      </label>
      <div className="investigations-actions">
        <button type="submit" disabled={busy || name.trim() === ""}>
          {current ? `Save “${current.name}”` : "Save"}
        </button>
        {current && (
          <button type="button" disabled={busy || name.trim() === ""} onClick={() => void run(true)}>
            Save as new
          </button>
        )}
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
}

type List = Answer<"investigations">;

function ListDialog({ id, close, importFile }: { id: string; close(): void; importFile(file: File): void }) {
  const { open } = useInvestigation();
  const [list, setList] = useState<List | null | string>(null);
  useEffect(() => {
    const controller = new AbortController();
    apiGet<"investigations">("/api/investigations", controller.signal).then(setList, (error: unknown) => {
      if (!controller.signal.aborted)
        setList(error instanceof Error ? error.message : "The list could not be read.");
    });
    return () => controller.abort();
  }, []);
  return (
    <div id={id} role="dialog" aria-label="Investigations" className="popover-panel investigations-panel">
      {list === null && <p className="muted">Loading…</p>}
      {typeof list === "string" && <p role="alert">{list}</p>}
      {typeof list === "object" && list !== null && (
        <>
          {list.investigations.length === 0 && <p className="muted">No investigation has been saved yet.</p>}
          <ul aria-label="Saved investigations">
            {list.investigations.map((i) => (
              <li key={i.slug}>
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    close();
                    void open(i.slug);
                  }}
                >
                  {i.name}
                </button>
                <span className="muted">
                  {" "}
                  {new Date(i.savedAt).toLocaleString()} · {i.nodes} nodes · {i.notes} notes
                </span>
                {i.description && <p className="muted">{i.description}</p>}
                <span className="investigation-files">
                  <a href={`/api/investigations/${encodeURIComponent(i.slug)}/export`} download>
                    Export investigation
                  </a>
                  <a href={`/api/investigations/${encodeURIComponent(i.slug)}/brief`} download>
                    Export brief
                  </a>
                </span>
              </li>
            ))}
          </ul>
          <label className="investigation-import-picker">
            Import investigation…
            <input
              type="file"
              accept=".json,application/json"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) importFile(file);
              }}
            />
          </label>
          <p className="muted">Or drop an exported .json file on the page.</p>
          {list.unreadable.map((sentence) => (
            <p key={sentence} role="alert">
              {sentence}
            </p>
          ))}
        </>
      )}
    </div>
  );
}
