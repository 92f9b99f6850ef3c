import { HARBOUR_TEXT } from "../../tests/support/addFixtures.ts";
import { LAKE_SLUG } from "../../tests/support/reviewFixture.ts";
import {
  type HttpAnswer,
  acceptAll,
  openDraft,
  postJson,
  publishOverHttp,
  saveOverHttp,
} from "../../tests/support/reviewHttp.ts";

export type Operation = "add" | "save" | "publish";

/**
 * One add, save or publish against the server at `url`; `n` makes each one
 * different (a new text to add, a new note to save, every other publish with
 * its relations). The article to review is the Lake Mora fixture.
 */
export async function perform(operation: Operation, url: string, n: number): Promise<HttpAnswer> {
  if (operation === "add") {
    return postJson(url, "/api/articles", {
      text: `${HARBOUR_TEXT}\nFault case ${n}: the harbour master counted ${100 + n} ships in the port of Port Elsa.\n`,
      title: `Harbour deal, fault case ${n}`,
      published: "2024-03-05",
    });
  }
  const opened = await openDraft(url, LAKE_SLUG);
  if (operation === "save") {
    return saveOverHttp(url, LAKE_SLUG, opened.version, { ...opened.draft, notes: [`Fault case ${n}.`] });
  }
  const saved = await saveOverHttp(url, LAKE_SLUG, opened.version, acceptAll(opened.draft, n % 2 === 0));
  if (saved.status !== 200) return saved;
  return publishOverHttp(url, LAKE_SLUG, saved.body.version as string);
}

/** "200", "503 neo4j_unavailable", or "none (the connection closed)" when the server was killed. */
export function describeAnswer(answer: HttpAnswer | Error): string {
  if (answer instanceof Error) return "none (the connection closed)";
  const error = answer.body.error as { code?: string } | undefined;
  return error?.code ? `${answer.status} ${error.code}` : String(answer.status);
}
