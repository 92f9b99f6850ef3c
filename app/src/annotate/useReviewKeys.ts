import { useEffect, useRef } from "react";

export interface ReviewKeys {
  next(): void;
  previous(): void;
  accept(): void;
  reject(): void;
  undo(): void;
  redo(): void;
}

/** Keys of the Annotate view; typing in a field is left alone. */
export const REVIEW_KEY_HELP =
  "j / k: next / previous (past the last: the next draft) · a: accept · r: reject · Ctrl+Z: undo · Ctrl+Shift+Z: redo";

function inField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

export function useReviewKeys(keys: ReviewKeys) {
  const current = useRef(keys);
  useEffect(() => {
    current.current = keys;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (inField(event.target) || event.altKey) return;
      const k = current.current;
      const key = event.key.toLowerCase();
      const command = event.ctrlKey || event.metaKey;
      let handler: (() => void) | null = null;
      if (command && key === "z") handler = event.shiftKey ? k.redo : k.undo;
      else if (command && key === "y") handler = k.redo;
      else if (!command && (key === "j" || key === "arrowdown")) handler = k.next;
      else if (!command && (key === "k" || key === "arrowup")) handler = k.previous;
      else if (!command && key === "a") handler = k.accept;
      else if (!command && key === "r") handler = k.reject;
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
