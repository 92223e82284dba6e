"use client";

import { Menu, X } from "lucide-react";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { messages } from "@/messages";
import type { MenuGroup } from "./menu";
import { NavLinks } from "./nav-links";

/** The side menu as a drawer below the md breakpoint: Escape, the backdrop and a link close it. */
export function MobileDrawer({ groups, footer }: { groups: MenuGroup[]; footer: ReactNode }) {
  const pathname = usePathname();
  // Open on the page where it was opened: a navigation (a link, back) closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (next: boolean) => setOpenOn(next ? pathname : null);
  const trigger = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    closeButton.current?.focus();
    const previousOverflow = document.body.style.overflow;
    document.body.style.overflow = "hidden";
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpenOn(null);
    window.addEventListener("keydown", onKey);
    const triggerButton = trigger.current;
    return () => {
      document.body.style.overflow = previousOverflow;
      window.removeEventListener("keydown", onKey);
      triggerButton?.focus();
    };
  }, [open]);

  return (
    <>
      <button
        ref={trigger}
        type="button"
        className="grid size-11 place-items-center rounded-lg text-slate-700 hover:bg-slate-100 md:hidden"
        aria-label={messages.nav.openMenu}
        aria-expanded={open}
        aria-controls="mobile-menu"
        onClick={() => setOpen(true)}
      >
        <Menu aria-hidden className="size-6" />
      </button>
      {/* Portalled to <body>: the sticky header's backdrop blur would otherwise clip a fixed child. */}
      {open &&
        createPortal(
          <div className="fixed inset-0 z-40 md:hidden">
            <div className="absolute inset-0 bg-slate-900/40" aria-hidden onClick={() => setOpen(false)} />
            <div
              id="mobile-menu"
              role="dialog"
              aria-modal="true"
              aria-label={messages.nav.mainMenu}
              className="absolute inset-y-0 left-0 flex w-72 max-w-[85vw] flex-col bg-white shadow-xl"
            >
              <div className="flex h-14 items-center justify-between border-b border-slate-200 px-3">
                <span className="px-2 font-bold text-brand-700">{messages.app.name}</span>
                <button
                  ref={closeButton}
                  type="button"
                  className="grid size-11 place-items-center rounded-lg text-slate-600 hover:bg-slate-100"
                  aria-label={messages.nav.closeMenu}
                  onClick={() => setOpen(false)}
                >
                  <X aria-hidden className="size-5" />
                </button>
              </div>
              <div className="flex-1 overflow-y-auto p-3">
                <NavLinks groups={groups} onNavigate={() => setOpen(false)} />
              </div>
              <div className="border-t border-slate-200 p-3">{footer}</div>
            </div>
          </div>,
          document.body,
        )}
    </>
  );
}
