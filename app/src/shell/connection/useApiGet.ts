import { useEffect, useState } from "react";
import type { Answer, RouteName } from "../../../../graph/contract/routes.ts";
import { isAbort, useConnection } from "./connection.ts";
import { sharedGet } from "./sharedGet.ts";

export type Resource<T> =
  { state: "loading" } | { state: "ready"; data: T } | { state: "failed"; message: string };

/** GETs a path (null: nothing to fetch), again after each recovery of the connection; askers at once share one request. */
export function useApiGet<N extends RouteName>(path: string | null): Resource<Answer<N>> {
  const { generation } = useConnection();
  const [result, setResult] = useState<{ key: string; resource: Resource<Answer<N>> } | null>(null);
  const key = `${generation} ${path}`;

  useEffect(() => {
    if (path === null) return;
    let live = true;
    const { promise, release } = sharedGet<N>(key, path);
    promise
      .then((data) => {
        if (live) setResult({ key, resource: { state: "ready", data } });
      })
      .catch((error: unknown) => {
        if (!live || isAbort(error)) return;
        setResult({
          key,
          resource: {
            state: "failed",
            message: error instanceof Error ? error.message : "The request failed.",
          },
        });
      });
    return () => {
      live = false;
      release();
    };
  }, [path, key]);

  return result && result.key === key ? result.resource : { state: "loading" };
}
