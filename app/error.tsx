"use client";

import { Button } from "@/components/ui/button";

/** Unexpected failures: a message and the id to quote to support, never a stack trace. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 text-center">
      <h1 className="text-xl font-bold">予期しないエラーが発生しました</h1>
      <p className="mt-2 text-sm text-slate-600">
        お手数ですが、もう一度お試しください。解決しない場合は管理者に次のIDをお伝えください。
      </p>
      {error.digest && <p className="mt-3 font-mono text-sm text-slate-700">ID: {error.digest}</p>}
      <Button variant="secondary" className="mt-6" onClick={reset}>
        再読み込み
      </Button>
    </main>
  );
}
