import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxyHops } from "@/lib/auth/client-address";
import { PEER_ADDRESS_HEADER } from "@/lib/http/peer-address";

const headers = (peer: string | undefined, forwarded?: string) => ({
  ...(peer === undefined ? {} : { [PEER_ADDRESS_HEADER]: peer }),
  ...(forwarded === undefined ? {} : { "x-forwarded-for": forwarded }),
});

describe("clientAddress", () => {
  it("is the socket peer without trusted proxies, whatever X-Forwarded-For says", () => {
    expect(clientAddress(headers("192.0.2.1", "10.0.0.1"), 0)).toBe("192.0.2.1");
    expect(clientAddress(new Headers(headers("192.0.2.1", "10.0.0.1")), 0)).toBe("192.0.2.1");
  });

  it("reads an IPv4 client of a dual-stack socket as IPv4", () => {
    expect(clientAddress(headers("::ffff:192.0.2.1"), 0)).toBe("192.0.2.1");
    expect(clientAddress(headers("2001:DB8::1"), 0)).toBe("2001:db8::1");
  });

  it("behind N proxies takes the N-th entry from the right of X-Forwarded-For plus the peer", () => {
    expect(clientAddress(headers("10.0.0.2", "198.51.100.7"), 1)).toBe("198.51.100.7");
    expect(clientAddress(headers("10.0.0.2", "1.1.1.1, 198.51.100.7"), 1)).toBe("198.51.100.7");
    expect(clientAddress(headers("10.0.0.3", "1.1.1.1, 198.51.100.7, 10.0.0.2"), 2)).toBe("198.51.100.7");
    // Fewer entries than proxies (someone reached the app directly): the left-most there is.
    expect(clientAddress(headers("192.0.2.9"), 2)).toBe("192.0.2.9");
  });

  it("is 'unknown' for a request the peer stamp did not reach", () => {
    expect(clientAddress(headers(undefined, "198.51.100.7"), 0)).toBe("unknown");
    expect(clientAddress(undefined, 0)).toBe("unknown");
  });

  it("accepts only small whole numbers as TRUSTED_PROXY_HOPS", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    expect(trustedProxyHops("-1")).toBe(0);
    expect(trustedProxyHops("1.5")).toBe(0);
    expect(trustedProxyHops("lots")).toBe(0);
  });
});
