import { useEffect, useState } from "react";
import type { Answer, RouteName } from "../../../../graph/contract/routes.ts";
import { apiGet } from "../../api.ts";
import { isAbort, useConnection } from "./connection.ts";

export type Resource<T> =
  { state: "loading" } | { state: "ready"; data: T } | { state: "failed"; message: string };

/** GETs a path (null: nothing to fetch), again after each recovery of the connection. */
export function useApiGet<N extends RouteName>(path: string | null): Resource<Answer<N>> {
  const { generation } = useConnection();
  const [result, setResult] = useState<{ key: string; resource: Resource<Answer<N>> } | null>(null);
  const key = `${generation} ${path}`;

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    apiGet<N>(path, controller.signal)
      .then((data) => setResult({ key, resource: { state: "ready", data } }))
      .catch((error: unknown) => {
        if (isAbort(error)) return;
        setResult({
          key,
          resource: {
            state: "failed",
            message: error instanceof Error ? error.message : "The request failed.",
          },
        });
      });
    return () => controller.abort();
  }, [path, key]);

  return result && result.key === key ? result.resource : { state: "loading" };
}
