import { useId, useState } from "react";
import { useExplorer } from "../../shell/explorerContext.ts";
import { useMapMode } from "../map/mapMode.ts";
import { useTime } from "../time/timeState.ts";
import "./exportMenu.css";
import { FILE_FORMATS, type FileFormat, exportBlob, fileName, saveBlob } from "./files.ts";
import { datedStatementsShown, withFullProperties } from "./fullProperties.ts";
import {
  type ExportGraph,
  type ExportScope,
  resultExport,
  selectionExport,
  viewExport,
} from "./viewGraph.ts";

const SCOPES: { value: ExportScope; label: string }[] = [
  { value: "view", label: "Current view" },
  { value: "selection", label: "Selection" },
  { value: "result", label: "Last query result" },
];

/** The "Export" button and its menu: what (view, selection, last result) × format, with a scale for images. */
export function ExportMenu() {
  const explorer = useExplorer();
  const time = useTime();
  const map = useMapMode();
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<ExportScope>("view");
  const [format, setFormat] = useState<FileFormat>("json");
  const [scale, setScale] = useState(2);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const menuId = useId();
  const image = format === "png" || format === "svg";
  const lastResult = explorer.lastResult ?? null;

  const available: Record<ExportScope, boolean> = {
    view: explorer.graph.order > 0,
    selection: explorer.selection.size > 0,
    result: lastResult !== null,
  };

  /** What to write: the view and the selection with the properties the view leaves out (images need none). */
  async function graphFor(which: ExportScope): Promise<ExportGraph> {
    if (which === "result" && lastResult) return resultExport(explorer.graph, lastResult);
    const graph =
      which === "selection"
        ? selectionExport(explorer.graph, explorer.selection)
        : viewExport(explorer.graph, time.hidden);
    if (image) return graph;
    const full = await withFullProperties(graph, { factCounts: format !== "cypher" });
    return datedStatementsShown(full, time.filter);
  }

  async function download() {
    setBusy(true);
    setMessage(null);
    try {
      const graph = await graphFor(scope);
      const blob = await exportBlob(format, graph, {
        scale,
        sigma: explorer.sigma,
        outlines: map.on ? map.outlines : null,
      });
      saveBlob(blob, fileName(format, scope));
      setMessage(`Exported ${graph.nodes.length} nodes and ${graph.relationships.length} relationships.`);
    } catch (error) {
      setMessage(`The export failed: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="export-menu">
      <button
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
      >
        Export
      </button>
      {open && (
        <div id={menuId} role="dialog" aria-label="Export" className="popover-panel export-panel">
          <fieldset>
            <legend>What</legend>
            {SCOPES.map((s) => (
              <label key={s.value}>
                <input
                  type="radio"
                  name={`${menuId}-scope`}
                  value={s.value}
                  checked={scope === s.value}
                  disabled={!available[s.value] && !(image && s.value === "view")}
                  onChange={() => setScope(s.value)}
                />
                {s.label}
              </label>
            ))}
          </fieldset>
          <label>
            Format{" "}
            <select value={format} onChange={(e) => setFormat(e.target.value as FileFormat)}>
              {FILE_FORMATS.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
          {image && (
            <label>
              Scale{" "}
              <input
                type="number"
                min={1}
                max={4}
                step={0.5}
                value={scale}
                onChange={(e) => setScale(Math.min(4, Math.max(1, Number(e.target.value) || 1)))}
              />
            </label>
          )}
          {format === "png" && scope !== "view" && <p>A PNG shows the view as drawn; choose Current view.</p>}
          <button
            type="button"
            disabled={busy || !available[scope] || (format === "png" && scope !== "view")}
            onClick={() => void download()}
          >
            {busy ? "Exporting…" : "Download"}
          </button>
          {message && <p role="status">{message}</p>}
        </div>
      )}
    </div>
  );
}
