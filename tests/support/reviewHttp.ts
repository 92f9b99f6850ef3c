import type { Draft } from "../../graph/model/draft.ts";

export interface HttpAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** POSTs JSON to the server at `url` and reads the answer's JSON. */
export async function postJson(
  url: string,
  path: string,
  body: unknown,
  timeoutMs = 120_000,
): Promise<HttpAnswer> {
  const answer = await fetch(`${url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return { status: answer.status, body: (await answer.json()) as Record<string, unknown> };
}

/** The draft under review and its version, as the Annotate page opens it. */
export async function openDraft(url: string, slug: string): Promise<{ version: string; draft: Draft }> {
  const answer = await fetch(`${url}/api/articles/${slug}/draft`);
  if (!answer.ok) throw new Error(`GET draft of ${slug}: ${answer.status} ${await answer.text()}`);
  return (await answer.json()) as { version: string; draft: Draft };
}

/** Every suggestion accepted, or only the entities (relations rejected) when `relations` is false. */
export function acceptAll(draft: Draft, relations = true): Draft {
  return {
    ...draft,
    entities: draft.entities.map((e) => ({ ...e, status: "accepted" })),
    relations: draft.relations.map((r) => ({ ...r, status: relations ? "accepted" : "rejected" })),
  };
}

export const saveOverHttp = (url: string, slug: string, baseVersion: string, draft: Draft) =>
  postJson(url, `/api/articles/${slug}/draft`, { baseVersion, draft });

export const publishOverHttp = (url: string, slug: string, baseVersion: string) =>
  postJson(url, `/api/articles/${slug}/publish`, { baseVersion });
