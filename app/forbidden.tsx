import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { messages } from "@/messages";

export default function Forbidden() {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 text-center">
      <p className="text-5xl font-bold text-amber-600">403</p>
      <h1 className="mt-4 text-xl font-bold">{messages.forbidden.title}</h1>
      <p className="mt-2 text-sm text-slate-600">{messages.forbidden.body}</p>
      <Link href="/" className={`${buttonClass("secondary")} mt-6`}>
        {messages.common.backHome}
      </Link>
    </main>
  );
}
