import { memo, useId, useState, type KeyboardEvent } from "react";
import { useControls } from "./controls.ts";
import type { SidePanel as Tab } from "./panels.tsx";

/**
 * One tab's content, drawn again only when the tab itself changes: a panel that follows the view
 * subscribes to it, and one that does not (the workbench's result table) is left alone when the
 * time filter or the selection changes.
 */
const PanelBody = memo(function PanelBody({ panel }: { panel: Tab }) {
  return panel.render();
});

/** The tabs beside the graph (Details, Path, and whatever else `panels` lists). */
export function SidePanel({ panels: sidePanels }: { panels: readonly Tab[] }) {
  const { panel, setPanel } = useControls();
  const id = useId();
  const current = sidePanels.find((p) => p.id === panel) ?? sidePanels[0]!;
  // Panels that keep their state are mounted on first show and then stay.
  const [mounted, setMounted] = useState<ReadonlySet<string>>(new Set());
  if (current.keepMounted && !mounted.has(current.id)) setMounted(new Set([...mounted, current.id]));
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
    const index = sidePanels.indexOf(current);
    const next =
      sidePanels[(index + (event.key === "ArrowRight" ? 1 : -1) + sidePanels.length) % sidePanels.length]!;
    setPanel(next.id);
    document.getElementById(`${id}-tab-${next.id}`)?.focus();
  };
  return (
    <aside className="side">
      <div role="tablist" aria-label="Panels" onKeyDown={onKeyDown}>
        {sidePanels.map((p) => (
          <button
            key={p.id}
            id={`${id}-tab-${p.id}`}
            type="button"
            role="tab"
            aria-selected={p === current}
            aria-controls={`${id}-panel`}
            tabIndex={p === current ? 0 : -1}
            onClick={() => setPanel(p.id)}
          >
            {p.title}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${current.id}`}
        className="panel-body"
      >
        {!current.keepMounted && <PanelBody panel={current} />}
        {sidePanels
          .filter((p) => p.keepMounted && (p === current || mounted.has(p.id)))
          .map((p) => (
            <div key={p.id} className="panel-kept" data-panel={p.id} hidden={p !== current}>
              <PanelBody panel={p} />
            </div>
          ))}
      </div>
    </aside>
  );
}
