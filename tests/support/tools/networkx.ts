import { runTool } from "./run.ts";

/** Debian's Python (python3-networkx), not whatever `python3` a version manager puts first on PATH. */
const PYTHON = "/usr/bin/python3";

const SCRIPT = `
import json, sys
import networkx as nx
for path in sys.argv[1:]:
    g = nx.read_gexf(path) if path.endswith(".gexf") else nx.read_graphml(path)
    print(json.dumps({
        "file": path,
        "type": type(g).__name__,
        "version": nx.__version__,
        "nodes": {str(n): d for n, d in g.nodes(data=True)},
        "edges": [[str(u), str(v), str(k), d] for u, v, k, d in g.edges(keys=True, data=True)],
    }, default=str))
`;

export interface NetworkxGraph {
  file: string;
  type: string;
  version: string;
  nodes: Record<string, Record<string, unknown>>;
  /** [source, target, key, attributes]; the key is the file's edge id. */
  edges: [string, string, string, Record<string, unknown>][];
}

/** Reads every GEXF and GraphML file with NetworkX (read_gexf / read_graphml) in one Python run. */
export async function readWithNetworkx(files: string[]): Promise<NetworkxGraph[]> {
  const out = await runTool(PYTHON, ["-c", SCRIPT, ...files]);
  return out
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as NetworkxGraph);
}
