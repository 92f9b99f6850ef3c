/** Undo and Redo, each off when there is nothing to undo or redo. */
export function UndoRedoButtons({
  canUndo,
  canRedo,
  undo,
  redo,
}: {
  canUndo: boolean;
  canRedo: boolean;
  undo(): void;
  redo(): void;
}) {
  return (
    <>
      <button type="button" disabled={!canUndo} onClick={undo} title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button type="button" disabled={!canRedo} onClick={redo} title="Redo (Ctrl+Shift+Z)">
        Redo
      </button>
    </>
  );
}
