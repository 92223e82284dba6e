"use client";

import { useEffect, useEffectEvent, useState } from "react";
import type { ActionResult } from "@/lib/shared/action-result";

type Loaded<K, T> = { key: K; data: T | null; error: string | null };

/**
 * Loads what a dialog shows for `key` (the record it was opened on) each time `key` changes.
 * The answer remembers which key it belongs to, so a late answer for an earlier record is
 * never shown and nothing needs resetting when the dialog opens on another one.
 */
export function useLoadFor<K extends object, T>(key: K | null, load: (key: K) => Promise<ActionResult<T>>) {
  const [loaded, setLoaded] = useState<Loaded<K, T> | null>(null);
  const run = useEffectEvent(load);
  useEffect(() => {
    if (!key) return;
    let live = true;
    run(key)
      .then((result) => {
        if (!live) return;
        if (result.ok && result.data) setLoaded({ key, data: result.data, error: null });
        else setLoaded({ key, data: null, error: !result.ok && result.formError ? result.formError : "読み込めませんでした" });
      })
      .catch(() => live && setLoaded({ key, data: null, error: "サーバーに接続できませんでした" }));
    return () => {
      live = false;
    };
  }, [key]);
  const current = loaded?.key === key ? loaded : null;
  return { data: current?.data ?? null, error: current?.error ?? null };
}
