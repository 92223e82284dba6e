import type { ReactNode } from "react";
import { Users } from "lucide-react";
import { messages } from "@/messages";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center bg-gradient-to-b from-brand-50 to-slate-50 px-4 py-10">
      <div className="mb-6 flex items-center gap-2 text-brand-700">
        <span className="grid size-10 place-items-center rounded-xl bg-brand-600 text-white shadow">
          <Users aria-hidden className="size-5" />
        </span>
        <span className="text-xl font-bold tracking-wide">{messages.app.name}</span>
      </div>
      <div className="w-full max-w-md rounded-2xl border border-slate-200 bg-white p-6 shadow-lg sm:p-8">{children}</div>
      <p className="mt-6 text-xs text-slate-500">{messages.app.tagline}</p>
    </main>
  );
}
