import type { AddArticleRequest, AddArticleResponse } from "../../../graph/contract/articles.ts";

/** One article to send: how the dialog names it, and its request. */
export interface AddJob {
  name: string;
  body: () => Promise<AddArticleRequest>;
}

export type JobState =
  | { state: "waiting" }
  | { state: "adding" }
  | { state: "added"; result: AddArticleResponse }
  | { state: "refused"; message: string };

/** Sent this many at a time: the server's suggestion engine is the slow part, and it has few cores. */
const AT_ONCE = 2;

/** The addresses of a links box: one a line, blank lines and # comments left out. */
export function linkLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

/**
 * Sends every job, a few at a time, telling each change of state as it
 * happens. A refusal is that job's outcome; the others go on.
 */
export async function runJobs(
  jobs: AddJob[],
  send: (body: AddArticleRequest) => Promise<AddArticleResponse>,
  onChange: (index: number, state: JobState) => void,
  describe: (error: unknown) => string,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      onChange(index, { state: "adding" });
      try {
        const result = await send(await jobs[index]!.body());
        onChange(index, { state: "added", result });
      } catch (error) {
        onChange(index, { state: "refused", message: describe(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, jobs.length) }, worker));
}
