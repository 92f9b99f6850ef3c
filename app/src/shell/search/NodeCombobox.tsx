import { type KeyboardEvent, useId, useState } from "react";
import type { GraphNode } from "../../../../graph/model/graphJson.ts";
import { labelColor, nodeCaption, primaryLabel } from "../palette.ts";
import { type NoteHit, useSuggestions } from "./useSuggestions.ts";

type Choice = { kind: "node"; node: GraphNode } | { kind: "note"; note: NoteHit };

/**
 * A text box that suggests nodes while typing (the ARIA combobox pattern):
 * arrows move through the suggestions, Enter chooses, Esc closes. With
 * `onChooseNote`, notes of saved investigations that match are listed too,
 * after the nodes and apart from them.
 */
export function NodeCombobox({
  label,
  placeholder,
  onChoose,
  onChooseNote,
  keepText = false,
}: {
  label: string;
  placeholder?: string;
  onChoose(node: GraphNode): void;
  onChooseNote?(note: NoteHit): void;
  /** Keep the chosen node's name in the box (for pickers) instead of clearing it. */
  keepText?: boolean;
}) {
  const id = useId();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { hits, notes, error } = useSuggestions(text);
  const choices: Choice[] = [
    ...hits.map((hit): Choice => ({ kind: "node", node: hit.node })),
    ...(onChooseNote ? notes.map((note): Choice => ({ kind: "note", note })) : []),
  ];
  const shown = open && text.trim().length > 0;
  const current = active >= 0 && active < choices.length ? active : -1;

  const choose = (choice: Choice) => {
    setText(keepText && choice.kind === "node" ? nodeCaption(choice.node) : "");
    setOpen(false);
    setActive(-1);
    if (choice.kind === "node") onChoose(choice.node);
    else onChooseNote?.(choice.note);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      if (choices.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current + step + choices.length) % choices.length);
    } else if (event.key === "Enter") {
      const choice = choices[current >= 0 ? current : 0];
      if (shown && choice) {
        event.preventDefault();
        choose(choice);
      }
    } else if (event.key === "Escape") {
      if (shown) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else setText("");
    }
  };

  const option = (choice: Choice, index: number) => (
    <li
      key={choice.kind === "node" ? choice.node.id : `${choice.note.investigation} ${choice.note.note}`}
      id={`${id}-${index}`}
      role="option"
      aria-selected={index === current}
      className={[index === current ? "active" : "", choice.kind === "note" ? "suggestion-note" : ""]
        .join(" ")
        .trim()}
      // mousedown, not click: the input's blur would close the list first.
      onMouseDown={(e) => {
        e.preventDefault();
        choose(choice);
      }}
    >
      {choice.kind === "node" ? (
        <>
          <span className="swatch" style={{ background: labelColor(primaryLabel(choice.node.labels)) }} />
          <span className="suggestion-name">{nodeCaption(choice.node)}</span>
          <span className="suggestion-label">{primaryLabel(choice.node.labels)}</span>
        </>
      ) : (
        <>
          <span className="suggestion-name">
            Note on {choice.note.caption} in “{choice.note.investigationName}”
          </span>
          <span className="suggestion-excerpt">{choice.note.excerpt}</span>
        </>
      )}
    </li>
  );

  return (
    <div className="combobox">
      <input
        type="search"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={shown && choices.length > 0}
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
      {shown && (choices.length > 0 || error) && (
        <ul className="suggestions" role="listbox" id={`${id}-list`} aria-label={`${label} suggestions`}>
          {error && <li className="suggestion-error">{error}</li>}
          {choices.map((choice, index) =>
            choice.kind === "note" && index === hits.length
              ? [
                  <li key="notes-heading" role="presentation" className="suggestion-heading">
                    Notes
                  </li>,
                  option(choice, index),
                ]
              : option(choice, index),
          )}
        </ul>
      )}
    </div>
  );
}
