import { type InputHTMLAttributes, useState } from "react";

/**
 * A text box that hands its value over when it loses focus or Enter is
 * pressed, not on every keystroke: one edit is one step of undo. Esc puts the
 * value back. `value` changing from outside (undo) shows the new value.
 */
export function CommitInput({
  value,
  onCommit,
  ...rest
}: { value: string; onCommit(value: string): void } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "value" | "onChange"
>) {
  const [typed, setTyped] = useState<{ from: string; text: string } | null>(null);
  const text = typed && typed.from === value ? typed.text : value;
  const commit = () => {
    if (text !== value) onCommit(text);
    setTyped(null);
  };
  return (
    <input
      {...rest}
      value={text}
      onChange={(e) => setTyped({ from: value, text: e.target.value })}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === "Enter") commit();
        if (e.key === "Escape") setTyped(null);
      }}
    />
  );
}
