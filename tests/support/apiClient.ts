/** A small JSON client for the API under test: status and parsed body, nothing hidden. */
export interface ApiAnswer<T> {
  status: number;
  body: T;
}

export function apiClient(baseUrl: string) {
  async function call<T>(method: "GET" | "POST" | "PUT", path: string, body?: unknown, headers = {}) {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: body === undefined ? headers : { "content-type": "application/json", ...headers },
      ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as T } satisfies ApiAnswer<T>;
  }
  return {
    get: <T>(path: string, headers: Record<string, string> = {}) => call<T>("GET", path, undefined, headers),
    post: <T>(path: string, body: unknown, headers: Record<string, string> = {}) =>
      call<T>("POST", path, body, headers),
    put: <T>(path: string, body: unknown, headers: Record<string, string> = {}) =>
      call<T>("PUT", path, body, headers),
  };
}

export interface ErrorAnswer {
  error: { code: string; message: string };
}
