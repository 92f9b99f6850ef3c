import { memo, useEffect, useMemo, useRef } from "react";
import type { Span } from "../../../../graph/model/draft.ts";
import { labelColor } from "../../shell/palette.ts";
import { selectionSpan } from "./selectionSpan.ts";
import { type MentionMark, textSegments } from "./textSegments.ts";

/** The offset into the text of a DOM selection end inside the text element. */
function textOffset(root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const holder = node.parentElement?.closest<HTMLElement>("[data-start]");
    return holder ? Number(holder.dataset.start) + offset : null;
  }
  const element = node as HTMLElement;
  const child = element.childNodes[offset] as HTMLElement | undefined;
  if (child?.dataset?.start) return Number(child.dataset.start);
  const holder = element.closest<HTMLElement>("[data-start]");
  if (holder && holder !== root) return Number(holder.dataset.end);
  return offset === 0 ? 0 : null;
}

/**
 * The article with every mention marked in its label's colour (filled when
 * accepted, underlined when suggested, struck when rejected) and the selected
 * relation's evidence highlighted. Selecting words reports their span.
 */
export const AnnotatedText = memo(function AnnotatedText({
  text,
  mentions,
  evidence,
  selectedEntity,
  onMention,
  onSpan,
}: {
  text: string;
  mentions: readonly MentionMark[];
  evidence: readonly Span[];
  selectedEntity: string | null;
  onMention(entityId: string): void;
  onSpan(span: Span | null): void;
}) {
  const root = useRef<HTMLDivElement>(null);
  const segments = useMemo(
    () => textSegments(text, mentions, evidence, selectedEntity),
    [text, mentions, evidence, selectedEntity],
  );

  useEffect(() => {
    root.current
      ?.querySelector(evidence.length > 0 ? ".evidence" : ".mention-mark.selected")
      ?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [evidence, selectedEntity]);

  const readSelection = () => {
    const selection = window.getSelection();
    const element = root.current;
    if (!selection || !element || selection.isCollapsed || selection.rangeCount === 0) return null;
    const a = selection.anchorNode && textOffset(element, selection.anchorNode, selection.anchorOffset);
    const b = selection.focusNode && textOffset(element, selection.focusNode, selection.focusOffset);
    if (a === null || b === null || a === undefined || b === undefined) return null;
    return selectionSpan(text, a, b);
  };

  return (
    <div
      className="annotated-text"
      ref={root}
      aria-label="Article text"
      onMouseUp={() => onSpan(readSelection())}
      onKeyUp={(event) => {
        if (event.shiftKey) onSpan(readSelection());
      }}
    >
      {segments.map((segment) => {
        const piece = text.slice(segment.start, segment.end);
        const m = segment.mention;
        if (!m && !segment.evidence) {
          return (
            <span key={segment.start} data-start={segment.start} data-end={segment.end}>
              {piece}
            </span>
          );
        }
        const classes = [
          m ? `mention-mark ${m.status}` : "",
          m && m.entityId === selectedEntity ? "selected" : "",
          segment.depth > 1 ? "nested" : "",
          segment.evidence ? "evidence" : "",
        ].filter(Boolean);
        return (
          <span
            key={segment.start}
            data-start={segment.start}
            data-end={segment.end}
            data-entity={m?.entityId}
            className={classes.join(" ")}
            style={m ? { ["--label" as string]: labelColor(m.label) } : undefined}
            title={m ? `${m.entityId} (${m.label}, ${m.status})` : "evidence"}
            onClick={() => {
              if (m && window.getSelection()?.isCollapsed !== false) onMention(m.entityId);
            }}
          >
            {piece}
          </span>
        );
      })}
    </div>
  );
});
