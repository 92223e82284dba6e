import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { pageUser } from "@/lib/auth/page-guards";
import { enabledFeatures } from "@/lib/features/queries";

// The shell only draws the menu; every page checks the user (and its feature) itself,
// because a shared layout is not re-rendered on client-side navigation.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await pageUser();
  return (
    <AppShell user={user} enabled={await enabledFeatures()}>
      {children}
    </AppShell>
  );
}
