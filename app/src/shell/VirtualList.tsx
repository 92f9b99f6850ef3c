import { useVirtualizer } from "@tanstack/react-virtual";
import { type ReactNode, useRef } from "react";
import "./virtualList.css";

/** Rows drawn beyond the visible ones on each side, so that Tab reaches the next row before it scrolls in. */
const OVERSCAN = 6;

/**
 * A list that renders only the rows in view (and a few either side), in a box
 * of its own that scrolls: a thousand articles stay quick to open and scroll.
 * Rows keep their height as drawn (measured once shown); each says its place
 * in the whole list (aria-posinset of aria-setsize), since the others are not
 * in the page.
 */
export function VirtualList<T>({
  items,
  keyOf,
  labelOf,
  estimate,
  ordered = false,
  label,
  className,
  children,
}: {
  items: readonly T[];
  keyOf(item: T): string;
  /** The row's accessible name, where rows are found by it. */
  labelOf?(item: T): string;
  /** A row's height in pixels before it is measured. */
  estimate: number;
  ordered?: boolean;
  label?: string;
  className?: string;
  children(item: T): ReactNode;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  // react-virtual hands back functions the React Compiler cannot memoise; that is how it is meant to be used.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimate,
    getItemKey: (index) => keyOf(items[index]!),
    overscan: OVERSCAN,
  });
  const List = ordered ? "ol" : "ul";
  return (
    <div className="virtual-scroll" ref={scroller}>
      <List
        aria-label={label}
        className={className}
        style={{ height: virtualizer.getTotalSize(), position: "relative" }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index]!;
          return (
            <li
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              aria-label={labelOf?.(item)}
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              className="virtual-row"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              {children(item)}
            </li>
          );
        })}
      </List>
    </div>
  );
}
