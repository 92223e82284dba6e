"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/shared/cn";
import { messages } from "@/messages";
import type { MenuGroup } from "./menu";
import { MenuIcon } from "./menu-icon";

function isActive(pathname: string, href: string, allHrefs: string[]): boolean {
  if (pathname === href) return true;
  // "/customers" is active on "/customers/12", but not when "/customers/new" is the better match.
  const longer = allHrefs.some((h) => h !== href && h.startsWith(href) && pathname.startsWith(h));
  return pathname.startsWith(`${href}/`) && !longer;
}

export function NavLinks({ groups, onNavigate }: { groups: MenuGroup[]; onNavigate?: () => void }) {
  const pathname = usePathname();
  const hrefs = groups.flatMap((g) => g.items.map((i) => i.href));
  return (
    <nav aria-label={messages.nav.mainMenu} className="space-y-5">
      {groups.map((group, index) => (
        <div key={group.label ?? index}>
          {group.label && <p className="mb-1 px-3 text-xs font-semibold text-slate-500">{group.label}</p>}
          <ul className="space-y-0.5">
            {group.items.map((item) => {
              const active = isActive(pathname, item.href, hrefs);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    onClick={onNavigate}
                    aria-current={active ? "page" : undefined}
                    className={cn(
                      "flex min-h-11 items-center gap-3 rounded-lg px-3 text-sm font-medium",
                      active ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100",
                    )}
                  >
                    <MenuIcon name={item.icon} className={cn("size-5", active ? "text-brand-600" : "text-slate-400")} />
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
