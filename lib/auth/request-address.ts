import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "./client-address";
import { actingWithoutRequest } from "./current-user";

/** The client address of the current server action or page request ("local" without one). */
export async function requestAddress(): Promise<string> {
  if (actingWithoutRequest()) return "local";
  try {
    return clientAddress(await headers());
  } catch {
    // headers() outside a request (a script): no client to count.
    return "local";
  }
}
