import Link from "next/link";
import type { ReactNode } from "react";
import { ChevronRight, Users } from "lucide-react";
import type { SessionUser } from "@/lib/auth/current-user";
import type { FeatureKey } from "@/lib/features/model";
import { ROLE_LABELS } from "@/lib/users/model";
import { messages } from "@/messages";
import { buildMenu } from "./menu";
import { MobileDrawer } from "./mobile-drawer";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

/** Who is signed in; a link to アカウント (password change). */
function UserBadge({ user }: { user: SessionUser }) {
  return (
    <Link
      href="/account"
      className="flex min-h-11 items-center gap-2 rounded-lg px-3 py-1 hover:bg-slate-100"
      aria-label={`${messages.account.menu}: ${user.name}`}
    >
      <span className="min-w-0 flex-1">
        <span className="block truncate text-sm font-medium text-slate-800">{user.name}</span>
        <span className="block truncate text-xs text-slate-500">
          {user.email}・{ROLE_LABELS[user.role]}
        </span>
      </span>
      <ChevronRight aria-hidden className="size-4 shrink-0 text-slate-400" />
    </Link>
  );
}

export function AppShell({ user, enabled, children }: { user: SessionUser; enabled: Set<FeatureKey>; children: ReactNode }) {
  const groups = buildMenu(user.role, enabled);
  const footer = (
    <>
      <UserBadge user={user} />
      <SignOutButton className="w-full" />
    </>
  );
  return (
    <div className="min-h-dvh md:grid md:grid-cols-[15rem_1fr]">
      <header className="sticky top-0 z-30 flex h-14 items-center gap-2 border-b border-slate-200 bg-white/95 px-2 backdrop-blur md:hidden">
        <MobileDrawer groups={groups} footer={footer} />
        <Link href="/" className="flex items-center gap-2 font-bold text-brand-700">
          <Users aria-hidden className="size-5" />
          {messages.app.name}
        </Link>
      </header>
      <aside className="sticky top-0 hidden h-dvh flex-col border-r border-slate-200 bg-white md:flex">
        <Link href="/" className="flex h-16 items-center gap-2 px-5 text-lg font-bold text-brand-700">
          <span className="grid size-8 place-items-center rounded-lg bg-brand-600 text-white">
            <Users aria-hidden className="size-4" />
          </span>
          {messages.app.name}
        </Link>
        <div className="flex-1 overflow-y-auto px-3 py-2">
          <NavLinks groups={groups} />
        </div>
        <div className="border-t border-slate-200 p-3">{footer}</div>
      </aside>
      <main id="main" className="min-w-0 px-4 py-6 sm:px-8 sm:py-8">
        <div className="mx-auto max-w-6xl">{children}</div>
      </main>
    </div>
  );
}
