import "server-only";
import http from "node:http";
import https from "node:https";

/**
 * The request header that carries the socket's remote address to route handlers and server
 * actions. Next.js hands them a web Request without the socket, and its own
 * `X-Forwarded-For` default is skipped whenever the client sends that header itself, so
 * neither tells a real peer from a claimed one. Any value a client sends under this name is
 * overwritten before Next.js sees the request.
 */
export const PEER_ADDRESS_HEADER = "x-crm-peer-address";

const installed = Symbol.for("crm.peerAddressStamp");
type Stampable = { emit: (event: string | symbol, ...args: unknown[]) => boolean; [installed]?: true };

/**
 * Stamps every incoming request of this process with its socket address, on the `request`
 * event of every HTTP(S) server, before any listener (Next's router) runs. Installed from
 * instrumentation.ts: under `next start` that runs while the first request is being
 * prepared, so that one request alone goes unstamped and counts as address "unknown".
 */
export function installPeerAddressStamp(): void {
  for (const proto of [http.Server.prototype, https.Server.prototype] as unknown as Stampable[]) {
    if (proto[installed]) continue;
    const emit = proto.emit;
    proto.emit = function stampPeerAddress(this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const request = args[0] as http.IncomingMessage;
        request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
      }
      return emit.call(this, event, ...args);
    };
    proto[installed] = true;
  }
}
