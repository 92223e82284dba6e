import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { messages } from "@/messages";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: messages.app.name, template: `%s | ${messages.app.name}` },
  description: messages.app.tagline,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f58c9" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ja">
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
