import type { FastifyReply, FastifyRequest } from "fastify";
import type { ErrorCode } from "../contract/errorCodes.ts";
import { errorAnswer } from "./errors.ts";

const LOOPBACK_NAMES = new Set(["127.0.0.1", "localhost", "[::1]"]);

function hostParts(host: string): { name: string; port: string } {
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host.toLowerCase());
  return { name: match?.[1] ?? "", port: match?.[2] ?? "80" };
}

function refuse(reply: FastifyReply, code: ErrorCode, message: string) {
  const { status, body } = errorAnswer(code, message);
  return reply.code(status).send(body);
}

/**
 * Refuses requests that a web page on another origin could make through the
 * user's browser: the Host must name this server (which defeats DNS
 * rebinding) and an Origin, when present, must be this server's own.
 */
export function sameOriginGuard(extraHosts: readonly string[] = []) {
  const names = new Set([...LOOPBACK_NAMES, ...extraHosts.map((h) => h.toLowerCase())]);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    // A request injected in-process (fastify's inject, the route tests) has no socket port: as port 80.
    const port = String(request.socket.localPort ?? "80");
    const host = request.headers.host ?? "";
    const { name, port: hostPort } = hostParts(host);
    if (!names.has(name) || hostPort !== port) {
      return refuse(reply, "forbidden_host", `Requests for host "${host}" are not served.`);
    }
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== "null") {
      let allowed = false;
      try {
        const url = new URL(origin);
        allowed = names.has(url.hostname.toLowerCase()) && (url.port || "80") === port;
      } catch {
        allowed = false;
      }
      if (!allowed) {
        return refuse(reply, "forbidden_origin", `Requests from origin "${origin}" are refused.`);
      }
    } else if (origin === "null") {
      return refuse(reply, "forbidden_origin", 'Requests from origin "null" are refused.');
    }
    return undefined;
  };
}
