"use client";

import { useRouter } from "next/navigation";
import { startTransition, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/shared/database-messages";

/**
 * Unexpected failures: a message and the id to quote to support, never a stack trace. The
 * browser sees no cause of a server error, so it asks /api/health: when the database is the
 * reason, it says so (and that trying again later helps) instead of 「予期しないエラー」.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  const [databaseDown, setDatabaseDown] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/health", { cache: "no-store", signal: controller.signal })
      .then((response) => setDatabaseDown(response.status === 503))
      .catch(() => {});
    return () => controller.abort();
  }, [error]);
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 text-center">
      {databaseDown ? (
        <>
          <h1 className="text-xl font-bold">{DATABASE_UNAVAILABLE_MESSAGE}</h1>
          <p className="mt-2 text-sm text-slate-600">データベースが停止しているか、再起動中です。入力中の内容は保存されていません。</p>
        </>
      ) : (
        <>
          <h1 className="text-xl font-bold">予期しないエラーが発生しました</h1>
          <p className="mt-2 text-sm text-slate-600">
            お手数ですが、もう一度お試しください。解決しない場合は管理者に次のIDをお伝えください。
          </p>
          {error.digest && <p className="mt-3 font-mono text-sm text-slate-700">ID: {error.digest}</p>}
        </>
      )}
      {/* A server error needs the page fetched again, not only the boundary re-rendered. */}
      <Button variant="secondary" className="mt-6" onClick={() => startTransition(() => (router.refresh(), reset()))}>
        再読み込み
      </Button>
    </main>
  );
}
