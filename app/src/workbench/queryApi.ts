import type {
  CypherSchema,
  QueryCheck,
  QueryErrorBody,
  QueryPosition,
  QueryRequest,
  QueryResult,
  SavedQueriesResponse,
} from "../../../graph/model/workbench.ts";

/** A query the server refused or could not finish, with where in the text when it knows. */
export class QueryFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly position?: QueryPosition,
  ) {
    super(message);
    this.name = "QueryFailure";
  }
}

async function call<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new QueryFailure(0, "network", "The Dossier server cannot be reached.");
  }
  const body = (await response.json().catch(() => null)) as T | QueryErrorBody | null;
  if (!response.ok || body === null) {
    const error = (body as QueryErrorBody | null)?.error;
    throw new QueryFailure(
      response.status,
      error?.code ?? "http",
      error?.message ?? `The server answered ${response.status}.`,
      error?.position,
    );
  }
  return body as T;
}

function post<T>(path: string, body: QueryRequest, signal?: AbortSignal): Promise<T> {
  return call<T>(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: signal ?? null,
  });
}

export const runQuery = (request: QueryRequest, signal?: AbortSignal) =>
  post<QueryResult>("/api/query", request, signal);

export const checkQuery = (request: QueryRequest, signal?: AbortSignal) =>
  post<QueryCheck>("/api/query/check", request, signal);

export const fetchSavedQueries = (signal?: AbortSignal) =>
  call<SavedQueriesResponse>("/api/queries", { method: "GET", signal: signal ?? null });

export const fetchCypherSchema = (signal?: AbortSignal) =>
  call<CypherSchema>("/api/cypher/schema", { method: "GET", signal: signal ?? null });
