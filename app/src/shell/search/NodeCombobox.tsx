import { type KeyboardEvent, useId, useState } from "react";
import type { GraphNode } from "../../../../graph/model/graphJson.ts";
import { labelColor, nodeCaption, primaryLabel } from "../palette.ts";
import { useSuggestions } from "./useSuggestions.ts";

/**
 * A text box that suggests nodes while typing (the ARIA combobox pattern):
 * arrows move through the suggestions, Enter chooses, Esc closes.
 */
export function NodeCombobox({
  label,
  placeholder,
  onChoose,
  keepText = false,
}: {
  label: string;
  placeholder?: string;
  onChoose(node: GraphNode): void;
  /** Keep the chosen node's name in the box (for pickers) instead of clearing it. */
  keepText?: boolean;
}) {
  const id = useId();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { hits, error } = useSuggestions(text);
  const shown = open && text.trim().length > 0;
  const current = active >= 0 && active < hits.length ? active : -1;

  const choose = (node: GraphNode) => {
    setText(keepText ? nodeCaption(node) : "");
    setOpen(false);
    setActive(-1);
    onChoose(node);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      if (hits.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current + step + hits.length) % hits.length);
    } else if (event.key === "Enter") {
      const hit = hits[current >= 0 ? current : 0];
      if (shown && hit) {
        event.preventDefault();
        choose(hit.node);
      }
    } else if (event.key === "Escape") {
      if (shown) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else setText("");
    }
  };

  return (
    <div className="combobox">
      <input
        type="search"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={shown && hits.length > 0}
        aria-controls={`${id}-list`}
        aria-activedescendant={current >= 0 ? `${id}-${current}` : undefined}
        placeholder={placeholder}
        value={text}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      {shown && (hits.length > 0 || error) && (
        <ul className="suggestions" role="listbox" id={`${id}-list`} aria-label={`${label} suggestions`}>
          {error && <li className="suggestion-error">{error}</li>}
          {hits.map((hit, index) => (
            <li
              key={hit.node.id}
              id={`${id}-${index}`}
              role="option"
              aria-selected={index === current}
              className={index === current ? "active" : undefined}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(hit.node);
              }}
            >
              <span className="swatch" style={{ background: labelColor(primaryLabel(hit.node.labels)) }} />
              <span className="suggestion-name">{nodeCaption(hit.node)}</span>
              <span className="suggestion-label">{primaryLabel(hit.node.labels)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
