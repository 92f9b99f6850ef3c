/** An entity or a relation of a draft. */
export type ItemKind = "entity" | "relation";
export interface ItemRef {
  kind: ItemKind;
  id: string;
}

/**
 * The Annotate view's part of the address: the article under review and the
 * selected item, so a reload or a copied link reopens the same place.
 */
export interface AnnotateUrl {
  slug: string;
  item: ItemRef | null;
}

export function encodeAnnotateUrl(view: AnnotateUrl): string {
  const params = new URLSearchParams({ annotate: view.slug });
  if (view.item) params.set(view.item.kind, view.item.id);
  return `?${params.toString()}`;
}

/** The view the address names, or null when it names no article to annotate (the explorer). */
export function decodeAnnotateUrl(search: string): AnnotateUrl | null {
  const params = new URLSearchParams(search);
  const slug = params.get("annotate")?.trim() ?? "";
  if (!slug) return null;
  const entity = params.get("entity")?.trim();
  const relation = params.get("relation")?.trim();
  const item: ItemRef | null = entity
    ? { kind: "entity", id: entity }
    : relation
      ? { kind: "relation", id: relation }
      : null;
  return { slug, item };
}

/** The link that opens an article in the Annotate view. */
export const annotateHref = (slug: string) => encodeAnnotateUrl({ slug, item: null });
