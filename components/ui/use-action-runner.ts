"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/shared/action-result";

/**
 * Runs a one-click server action (no form), refreshes the page on success, keeps the error.
 * `onSuccess` gets the action's data, e.g. to say what a deletion did.
 */
export function useActionRunner() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function run<T>(action: () => Promise<ActionResult<T>>, onSuccess?: (data: T | undefined) => void) {
    setError(null);
    startTransition(async () => {
      const result = await action().catch(() => null);
      if (result?.ok) {
        onSuccess?.(result.data);
        router.refresh();
      } else setError(result && !result.ok ? (result.formError ?? "保存できませんでした") : "サーバーに接続できませんでした");
    });
  }

  return { run, error, pending };
}
