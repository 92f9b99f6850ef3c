/**
 * The part of the view a link carries: the focused node and the expanded
 * nodes (Neo4j elementIds), in the page's query string.
 */
export interface UrlView {
  focus: string | null;
  expanded: string[];
}

export function encodeUrlView(view: UrlView): string {
  const params = new URLSearchParams();
  if (view.focus) params.set("focus", view.focus);
  for (const id of view.expanded) params.append("expand", id);
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function decodeUrlView(search: string): UrlView {
  const params = new URLSearchParams(search);
  const clean = (value: string) => value.trim();
  const focus = clean(params.get("focus") ?? "");
  const expanded = [
    ...new Set(
      params
        .getAll("expand")
        .map(clean)
        .filter((id) => id.length > 0),
    ),
  ];
  return { focus: focus.length > 0 ? focus : null, expanded };
}
