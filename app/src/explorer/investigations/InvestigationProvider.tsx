import slugify from "@sindresorhus/slugify";
import { type ReactNode, useCallback, useMemo, useState } from "react";
import type { Note, SaveInvestigationRequest } from "../../../../graph/contract/investigations.ts";
import { ApiError, apiGet, apiPut } from "../../api.ts";
import { useExplorer } from "../../shell/explorerContext.ts";
import { nodeCaption } from "../../shell/palette.ts";
import { type SavedCamera, cameraToSave } from "../canvas/savedCamera.ts";
import { useControls } from "../controls.ts";
import { useHighlight } from "../highlight.ts";
import {
  InvestigationContext,
  type InvestigationState,
  type OpenInvestigation,
  type SaveConflict,
} from "./investigationState.ts";
import { notesOn } from "./orphanNotes.ts";
import { restoredView } from "./restore.ts";
import { viewSnapshot } from "./snapshot.ts";

interface Outcome {
  setCurrent(current: OpenInvestigation): void;
  setConflict(conflict: SaveConflict | null): void;
  setMessage(message: string | null): void;
}

/** Saves the file; on a conflict, keeps both versions and the way to save over the other one. */
async function putInvestigation(
  slug: string,
  body: SaveInvestigationRequest,
  out: Outcome,
): Promise<boolean> {
  try {
    const saved = await apiPut<"saveInvestigation">(`/api/investigations/${slug}`, body);
    out.setCurrent({
      slug,
      name: body.name,
      description: body.description,
      revision: saved.revision,
      notes: body.notes,
    });
    out.setConflict(null);
    out.setMessage(`Saved “${body.name}” as data/investigations/${slug}.json.`);
    return true;
  } catch (error) {
    const versions = error instanceof ApiError ? error.detail?.versions : undefined;
    if (error instanceof ApiError && error.status === 409 && versions) {
      const other = versions.saved;
      out.setConflict({
        message: error.message,
        saved: other && {
          name: other.investigation.name,
          savedAt: other.investigation.savedAt,
          nodes: other.investigation.view.nodes.length,
          notes: other.investigation.notes.length,
        },
        sent: { name: body.name, nodes: body.view.nodes.length, notes: body.notes.length },
        overwrite: async () => {
          await putInvestigation(slug, { ...body, baseRevision: other?.revision ?? "none" }, out);
        },
      });
      out.setMessage(null);
    } else out.setMessage(error instanceof Error ? error.message : "The investigation could not be saved.");
    return false;
  }
}

/** Opens and saves investigations for the explorer, and keeps the one open. */
export function InvestigationProvider({ children }: { children: ReactNode }) {
  const { graph, sigma } = useExplorer();
  const controls = useControls();
  const { path } = useHighlight();
  const [current, setCurrent] = useState<OpenInvestigation | null>(null);
  const [offer, setOffer] = useState<InvestigationState["offer"]>(null);
  const [conflict, setConflict] = useState<SaveConflict | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { view, hiddenLabels, hiddenTypes, minSources, selected, restoreView, dispatch } = controls;

  const open = useCallback(
    async (slug: string, select?: string | null) => {
      setMessage(null);
      setConflict(null);
      try {
        const opened = await apiGet<"investigation">(`/api/investigations/${encodeURIComponent(slug)}`);
        const restored = restoredView(opened);
        const chosen = select ? (opened.nodes[select]?.id ?? opened.relationships[select]?.id) : undefined;
        restoreView(chosen ? { ...restored, selection: chosen } : restored);
        const captions = new Map(opened.missing.map((m) => [m.elementId, m.caption]));
        const notes = notesOn(
          opened.investigation.notes,
          (id) => opened.nodes[id]?.id ?? opened.relationships[id]?.id,
          (id) => {
            const rel = opened.investigation.view.relationships.find((r) => r.elementId === id);
            return captions.has(id) ? `“${captions.get(id)}”` : `a ${rel?.type ?? ""} relationship`;
          },
        );
        const { name, description } = opened.investigation;
        setCurrent({ slug, name, description, revision: opened.revision, notes });
        setOffer(
          restored.gone || restored.fresh.length > 0 ? { gone: restored.gone, fresh: restored.fresh } : null,
        );
        setMessage(`Opened “${name}”.`);
      } catch (error) {
        setMessage(error instanceof Error ? error.message : "The investigation could not be opened.");
      }
    },
    [restoreView],
  );

  const put = useCallback(async (slug: string, body: SaveInvestigationRequest) => {
    const saved = await putInvestigation(slug, body, { setCurrent, setConflict, setMessage });
    // What opening found changed is now saved as it is: nothing left to report.
    if (saved) setOffer(null);
    return saved;
  }, []);

  const request = useCallback(
    (
      details: { name: string; description: string },
      baseRevision: string,
      notes: Note[],
      camera: SavedCamera | null,
    ) => {
      const snapshot = viewSnapshot(view, graph, {
        hiddenLabels,
        hiddenTypes,
        minSources,
        selection: selected,
        path,
        camera,
      });
      const ids = new Set([...snapshot.nodes, ...snapshot.relationships].map((e) => e.elementId));
      const caption = (id: string) => {
        const node = view.nodes[id];
        return node ? `“${nodeCaption(node)}”` : `a ${view.relationships[id]?.type ?? ""} relationship`;
      };
      const kept = notesOn(notes, (id) => (ids.has(id) ? id : undefined), caption);
      return { baseRevision, ...details, view: snapshot, notes: kept };
    },
    [view, graph, hiddenLabels, hiddenTypes, minSources, selected, path],
  );

  const save = useCallback<InvestigationState["save"]>(
    async (details, asNew) => {
      const slug = asNew || !current ? slugify(details.name) : current.slug;
      if (!slug) {
        setMessage("Give the investigation a name with at least one letter or digit.");
        return false;
      }
      const base = asNew || !current ? "none" : current.revision;
      const camera = await cameraToSave(sigma);
      return put(slug, request(details, base, asNew || !current ? [] : current.notes, camera));
    },
    [current, put, request, sigma],
  );

  const addNote = useCallback<InvestigationState["addNote"]>(
    async (note) => {
      if (!current) return false;
      const written = new Date().toISOString();
      const full: Note = {
        ...note,
        id: `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
        written,
      };
      return put(
        current.slug,
        request(
          { name: current.name, description: current.description },
          current.revision,
          [...current.notes, full],
          await cameraToSave(sigma),
        ),
      );
    },
    [current, put, request, sigma],
  );

  const value = useMemo<InvestigationState>(
    () => ({
      current,
      offer,
      conflict,
      message,
      open,
      save,
      addNote,
      addFresh: () => {
        if (offer) dispatch({ type: "add", graph: { nodes: [], relationships: offer.fresh } });
        setOffer(offer?.gone ? { gone: offer.gone, fresh: [] } : null);
      },
      dismiss: () => {
        setOffer(null);
        setConflict(null);
        setMessage(null);
      },
    }),
    [current, offer, conflict, message, open, save, addNote, dispatch],
  );
  return <InvestigationContext.Provider value={value}>{children}</InvestigationContext.Provider>;
}
