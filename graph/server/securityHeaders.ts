import type { FastifyHelmetOptions } from "@fastify/helmet";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import helmet from "helmet";
import { errorAnswer } from "./errors.ts";

/**
 * The security headers of every answer (helmet): a Content-Security-Policy
 * that allows scripts only from this server (no inline scripts, no eval), no
 * framing by any page, no sniffing, no referrer. Styles may be inline (React
 * style attributes, CodeMirror's injected sheets); the layout's web worker
 * comes from a blob: URL (graphology's ForceAtlas2 worker).
 */
export const securityHeaderOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      workerSrc: ["'self'", "blob:"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:", "blob:"],
      fontSrc: ["'self'", "data:"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  frameguard: { action: "deny" },
  referrerPolicy: { policy: "no-referrer" },
  // Served over plain HTTP on loopback: HSTS would mean nothing.
  strictTransportSecurity: false,
} satisfies FastifyHelmetOptions;

const applyHeaders = helmet(securityHeaderOptions);

/**
 * Fastify's answer to a URL it cannot route (a path segment over the length
 * limit: 414; a malformed escape: 400), in the API's error shape and with the
 * same headers. These answers skip the hooks, so the headers are set here.
 */
export function frameworkErrorAnswer(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  applyHeaders(request.raw, reply.raw, () => undefined);
  const tooLong = error.code === "FST_ERR_MAX_PARAM_LENGTH";
  const path = request.url.split("?")[0] ?? "";
  const { status, body } = tooLong
    ? errorAnswer(
        "uri_too_long",
        `A part of the path ${path.slice(0, 60)}… is longer than the server accepts (100 characters).`,
      )
    : errorAnswer("bad_request", `The path ${path.slice(0, 100)} is not a valid URL.`);
  void reply.code(status).send(body);
}
