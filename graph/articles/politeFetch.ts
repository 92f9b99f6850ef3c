import { Semaphore } from "async-mutex";
import { FETCH_TIMEOUT_MS } from "./limits.ts";
import { AddRefusal } from "./refusal.ts";

/** Requests to one host in flight at once at most: a batch of links must not hammer one site. */
export const PER_HOST = 2;

/** Says who is asking, so a site's operator can tell Dossier's fetches from others. */
export const USER_AGENT = "Dossier/0.1 (news knowledge-graph explorer; fetches the articles an analyst adds)";

const hosts = new Map<string, Semaphore>();

function hostGate(url: string): Semaphore {
  const host = URL.parse(url)?.host.toLowerCase() ?? url;
  let gate = hosts.get(host);
  if (!gate) {
    gate = new Semaphore(PER_HOST);
    hosts.set(host, gate);
  }
  return gate;
}

function failure(url: string, error: unknown): AddRefusal {
  const name = (error as { name?: string }).name;
  if (name === "TimeoutError" || name === "AbortError") {
    return new AddRefusal(`${url} did not answer within ${FETCH_TIMEOUT_MS / 1000} seconds.`);
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const why = cause?.code ?? cause?.message ?? (error as Error).message;
  return new AddRefusal(`${url} could not be fetched (${why}).`);
}

/**
 * GETs an http(s) address as Dossier: its User-Agent, redirects followed, at
 * most PER_HOST requests to one host at once in this process, and the time
 * limit (counted from when this request is sent) covering `read` too. Network
 * failures and time-outs become one AddRefusal sentence.
 */
export function politeFetch<T>(
  url: string,
  accept: string,
  read: (response: Response) => Promise<T>,
): Promise<T> {
  return hostGate(url).runExclusive(async () => {
    const signal = AbortSignal.timeout(FETCH_TIMEOUT_MS);
    try {
      const response = await fetch(url, {
        signal,
        redirect: "follow",
        headers: { accept, "user-agent": USER_AGENT },
      });
      return await read(response);
    } catch (error) {
      if (error instanceof AddRefusal) throw error;
      throw failure(url, signal.aborted ? signal.reason : error);
    }
  });
}
