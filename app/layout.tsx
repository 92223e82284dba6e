import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { messages } from "@/messages";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: messages.app.name, template: `%s | ${messages.app.name}` },
  description: messages.app.tagline,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f58c9" };

/**
 * Every page is rendered per request, including the 404 page, which Next.js would otherwise
 * prerender once: a prerendered page's scripts cannot carry the request's CSP nonce
 * (proxy.ts), so the browser would refuse them.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="ja">
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
