"use client";

import { useEffect, useRef, useState } from "react";
import { previewTargetsAction } from "@/lib/campaigns/actions";
import type { TargetPreview } from "@/lib/campaigns/preview";
import type { CustomerFilter } from "@/lib/customers/model/filter";

const DEBOUNCE_MS = 300;

/**
 * The count and first targets for criteria being edited: asked again 300 ms after the last
 * change, and an answer to older criteria is dropped, so quick clicks never show stale numbers.
 */
export function useTargetPreview(criteria: CustomerFilter, initial: TargetPreview | null, enabled = true) {
  const [preview, setPreview] = useState(initial);
  const [pending, setPending] = useState(enabled && initial === null);
  const [error, setError] = useState<string | null>(null);
  const key = JSON.stringify(criteria);
  const latest = useRef(0);
  const shownKey = useRef(initial ? key : null);

  useEffect(() => {
    if (!enabled || key === shownKey.current) return;
    const request = ++latest.current;
    setPending(true);
    const timer = setTimeout(async () => {
      const result = await previewTargetsAction({ criteria: JSON.parse(key) as CustomerFilter }).catch(() => null);
      if (request !== latest.current) return;
      setPending(false);
      if (result?.ok && result.data) {
        shownKey.current = key;
        setPreview(result.data);
        setError(null);
      } else setError(result && !result.ok ? (result.formError ?? "対象者を集計できませんでした") : "サーバーに接続できませんでした");
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key, enabled]);

  return { preview, pending, error };
}
