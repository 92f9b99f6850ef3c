import { fitCamera } from "./canvas/fitCamera.ts";
import { useExplorer } from "../shell/explorerContext.ts";
import { useControls } from "./controls.ts";
import { LayoutButton } from "./layout/LayoutButton.tsx";
import { NodeCombobox } from "../shell/search/NodeCombobox.tsx";
import type { ToolbarItem } from "./toolbarItems.tsx";
import { UndoRedoButtons } from "../shell/UndoRedoButtons.tsx";
import { useInvestigation } from "./investigations/investigationState.ts";

/** Search and the view commands; extra controls come from `items`. */
export function Toolbar({
  readerOpen,
  toggleReader,
  items,
}: {
  readerOpen: boolean;
  toggleReader(): void;
  items: readonly ToolbarItem[];
}) {
  const { sigma } = useExplorer();
  const { canUndo, canRedo, dispatch, focusNode } = useControls();
  const investigations = useInvestigation();
  return (
    <header className="toolbar" role="toolbar" aria-label="Explorer">
      <h1>Dossier</h1>
      <NodeCombobox
        label="Search"
        placeholder="Search people, places, organisations…"
        onChoose={(n) => void focusNode(n)}
        onChooseNote={(note) =>
          void investigations.open(
            note.investigation,
            note.on.kind === "investigation" ? null : note.on.elementId,
          )
        }
      />
      <UndoRedoButtons
        canUndo={canUndo}
        canRedo={canRedo}
        undo={() => dispatch({ type: "undo" })}
        redo={() => dispatch({ type: "redo" })}
      />
      <button
        type="button"
        onClick={() => sigma && void sigma.getCamera().animate(fitCamera(sigma), { duration: 300 })}
      >
        Fit
      </button>
      <LayoutButton />
      <button type="button" aria-pressed={readerOpen} onClick={toggleReader}>
        Article
      </button>
      {items.map((item) => (
        <span key={item.id} className="toolbar-item">
          {item.render()}
        </span>
      ))}
    </header>
  );
}
