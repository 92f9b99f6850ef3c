import { HttpError } from "../errors.ts";

/**
 * Neo4j 5 element ids look like "4:<database uuid>:<number>". Anything else
 * cannot name a node or relationship, so it is answered 404 without a query.
 */
const ELEMENT_ID = /^\d+:[0-9A-Za-z-]{1,64}:\d+$/;

export function isElementId(id: string): boolean {
  return id.length <= 128 && ELEMENT_ID.test(id);
}

export function notFound(what: string, id: string): HttpError {
  const shown = id.length > 80 ? `${id.slice(0, 80)}…` : id;
  return new HttpError("not_found", `No ${what} has the id ${JSON.stringify(shown)}.`);
}

/** The id when it is well formed; a 404 naming it otherwise. */
export function elementIdOr404(what: string, id: string): string {
  if (!isElementId(id)) throw notFound(what, id);
  return id;
}
