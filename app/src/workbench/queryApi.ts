import type { QueryRequest } from "../../../graph/contract/workbench.ts";
import { apiGet, apiPost } from "../api.ts";

/** The workbench's calls, through the app's one API client (app/src/api.ts). */

export const runQuery = (request: QueryRequest, signal?: AbortSignal) =>
  apiPost<"query">("/api/query", request, signal);

export const checkQuery = (request: QueryRequest, signal?: AbortSignal) =>
  apiPost<"queryCheck">("/api/query/check", request, signal);

export const fetchSavedQueries = (signal?: AbortSignal) => apiGet<"savedQueries">("/api/queries", signal);

export const fetchCypherSchema = (signal?: AbortSignal) =>
  apiGet<"cypherSchema">("/api/cypher/schema", signal);
