import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time,
  // and the argon2 binding is a native addon: neither can be bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  // forbidden() answers 403 to members on admin pages. The server-action body limit is the
  // one proxy.ts refuses with a clear 413 first (lib/http/action-guard.ts).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "1mb" } },
};

export default nextConfig;
