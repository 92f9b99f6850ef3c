import type { z } from "zod";
import type { ErrorBody, QueryPosition } from "../../graph/contract/errorCodes.ts";
import type { Answer, ROUTES, RouteName } from "../../graph/contract/routes.ts";

/**
 * The browser's one way to call the Dossier API. Answers are typed by the
 * route's schema in graph/contract/routes.ts; every failure is an ApiError
 * carrying the server's one-sentence message, and is told to the listeners
 * of onApiFailure (the connection banner) before it is thrown.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Where in a query text the problem is (workbench syntax errors). */
    readonly position?: QueryPosition,
    /** The whole error answer: a publish's `problems`, a save's `conflict`. */
    readonly detail?: ErrorBody["error"],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

type Routes = typeof ROUTES;
type PostRoute = { [N in RouteName]: Routes[N]["method"] extends "POST" ? N : never }[RouteName];
type PutRoute = { [N in RouteName]: Routes[N]["method"] extends "PUT" ? N : never }[RouteName];
type DeleteRoute = { [N in RouteName]: Routes[N]["method"] extends "DELETE" ? N : never }[RouteName];
/** What a POST or PUT route accepts, as the caller writes it (defaults may be left out). */
export type RequestBody<N extends PostRoute | PutRoute> = Routes[N] extends { body: z.ZodType }
  ? z.input<Routes[N]["body"]>
  : never;

/** A route's path with its `:params` filled in: "/api/articles/:slug/draft" accepts "/api/articles/x/draft". */
type FilledPath<P extends string> = P extends `${infer Head}:${string}/${infer Tail}`
  ? `${Head}${string}/${FilledPath<Tail>}`
  : P extends `${infer Head}:${string}`
    ? `${Head}${string}`
    : P;

const listeners = new Set<(error: ApiError) => void>();

/** Hears every failed call; returns the function that stops listening. */
export function onApiFailure(listener: (error: ApiError) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** GET a route's path (with its ids and query string filled in). */
export function apiGet<N extends RouteName>(path: string, signal?: AbortSignal): Promise<Answer<N>> {
  return request<Answer<N>>(path, { method: "GET", signal: signal ?? null });
}

export function apiPost<N extends PostRoute>(
  path: FilledPath<Routes[N]["path"]>,
  body: RequestBody<N>,
  signal?: AbortSignal,
): Promise<Answer<N>> {
  return request<Answer<N>>(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: signal ?? null,
  });
}

export function apiPut<N extends PutRoute>(
  path: FilledPath<Routes[N]["path"]>,
  body: RequestBody<N>,
): Promise<Answer<N>> {
  return request<Answer<N>>(path, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

/** DELETE a route's path; the body is `{}`, since the write routes take JSON only. */
export function apiDelete<N extends DeleteRoute>(path: FilledPath<Routes[N]["path"]>): Promise<Answer<N>> {
  return request<Answer<N>>(path, {
    method: "DELETE",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
}

async function request<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw failed(new ApiError(0, "network", "The Dossier server cannot be reached."));
  }
  const body = (await response.json().catch(() => null)) as T | Partial<ErrorBody> | null;
  const error = (body as Partial<ErrorBody> | null)?.error;
  if (!response.ok || body === null || error) {
    throw failed(
      new ApiError(
        response.status,
        error?.code ?? "http",
        error?.message ?? `The server answered ${response.status}.`,
        error?.position,
        error,
      ),
    );
  }
  return body as T;
}

function failed(error: ApiError): ApiError {
  for (const listener of listeners) listener(error);
  return error;
}
