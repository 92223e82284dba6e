import type { NextConfig } from "next";

/**
 * Headers of every response. The Content-Security-Policy of pages comes from proxy.ts
 * (it carries a per-request nonce); it also forbids framing (frame-ancestors 'none'),
 * and X-Frame-Options says the same to browsers that predate CSP. Set HSTS at the TLS proxy.
 */
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Links out (a customer's website) tell the other site nothing, not even this host.
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time,
  // and the argon2 binding is a native addon: neither can be bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  // forbidden() answers 403 to members on admin pages. The server-action body limit is the
  // one proxy.ts refuses with a clear 413 first (lib/http/action-guard.ts).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "1mb" } },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
