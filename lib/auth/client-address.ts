import "server-only";
import { PEER_ADDRESS_HEADER } from "@/lib/http/peer-address";

type HeaderSource = Headers | Record<string, unknown> | undefined;

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return typeof value === "string" ? value : undefined;
}

/** "::ffff:192.0.2.1" (an IPv4 client of a dual-stack socket) is 192.0.2.1. */
function normalize(address: string): string {
  const trimmed = address.trim().toLowerCase();
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

/** TRUSTED_PROXY_HOPS: how many reverse proxies in front of the app append to X-Forwarded-For. */
export function trustedProxyHops(value = process.env.TRUSTED_PROXY_HOPS): number {
  const hops = Number(value ?? 0);
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}

/**
 * The address a request came from, for per-address sign-in limits. Without trusted proxies
 * it is the socket's peer, which a client cannot choose; X-Forwarded-For is written by the
 * client itself then, and is ignored. Behind N trusted proxies, each appended the address it
 * saw: the N-th entry from the right of [...X-Forwarded-For, peer] is the right-most one that
 * no trusted proxy wrote, i.e. the client as the outermost proxy saw it. Entries left of it
 * are the client's own claims.
 */
export function clientAddress(headers: HeaderSource, hops = trustedProxyHops()): string {
  const peer = header(headers, PEER_ADDRESS_HEADER);
  if (!peer) return "unknown";
  if (hops === 0) return normalize(peer);
  const forwarded = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return normalize(chain[Math.max(0, chain.length - 1 - hops)]!);
}
