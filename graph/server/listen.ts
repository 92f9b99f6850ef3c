import type { FastifyInstance } from "fastify";
import { UserFacingError } from "../config/userError.ts";

/** Listens, turning "port in use" into a sentence; returns the URL to open. */
export async function listen(app: FastifyInstance, host: string, port: number): Promise<string> {
  try {
    await app.listen({ host, port });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "EADDRINUSE") {
      throw new UserFacingError(
        `Port ${port} on ${host} is already in use: stop the program using it or set PORT to another port.`,
      );
    }
    if (code === "EACCES") {
      throw new UserFacingError(
        `Port ${port} on ${host} needs privileges this user lacks: set PORT to a number above 1023.`,
      );
    }
    throw error;
  }
  const address = app.server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return `http://${shownHost}:${actualPort}`;
}
