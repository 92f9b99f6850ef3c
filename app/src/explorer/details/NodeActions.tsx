import { useControls } from "../controls.ts";

/** Expand, collapse, hide and pin for the selected node. */
export function NodeActions({ id }: { id: string }) {
  const { view, expand, dispatch, notice } = useControls();
  const expanded = view.expanded.includes(id);
  const pinned = view.pinned.includes(id);
  return (
    <>
      <div className="actions">
        <button type="button" onClick={() => void expand(id)}>
          Expand
        </button>
        <button type="button" disabled={!expanded} onClick={() => dispatch({ type: "collapse", id })}>
          Collapse
        </button>
        <button type="button" onClick={() => dispatch({ type: "hide", ids: [id] })}>
          Hide
        </button>
        <button
          type="button"
          aria-pressed={pinned}
          onClick={() => dispatch({ type: "pin", id, pinned: !pinned })}
        >
          {pinned ? "Unpin" : "Pin"}
        </button>
      </div>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
    </>
  );
}
