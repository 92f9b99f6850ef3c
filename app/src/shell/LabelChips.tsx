import { labelColor, primaryLabel } from "./palette.ts";

/** A node's labels as chips, each edged in its label's colour (as in the legend). */
export function LabelChips({ labels }: { labels: readonly string[] }) {
  return (
    <p className="chips">
      {labels.map((label) => (
        <span key={label} className="chip" style={{ borderColor: labelColor(primaryLabel([label])) }}>
          {label}
        </span>
      ))}
    </p>
  );
}
