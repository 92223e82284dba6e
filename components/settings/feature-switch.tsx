"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setFeatureAction } from "@/lib/features/actions";
import { cn } from "@/lib/shared/cn";
import type { FeatureKey } from "@/lib/features/model";
import { messages } from "@/messages";

/** An on/off switch that shows the new state at once and rolls back if the server refuses. */
export function FeatureSwitch({ featureKey, label, enabled }: { featureKey: FeatureKey; label: string; enabled: boolean }) {
  const router = useRouter();
  const [checked, setChecked] = useState(enabled);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function toggle() {
    const next = !checked;
    setChecked(next);
    setError(null);
    startTransition(async () => {
      const result = await setFeatureAction({ key: featureKey, enabled: next }).catch(() => null);
      if (!result?.ok) {
        setChecked(!next);
        setError(result && !result.ok ? (result.formError ?? "保存できませんでした") : "サーバーに接続できませんでした");
        return;
      }
      router.refresh();
    });
  }

  return (
    <div className="flex shrink-0 flex-col items-end gap-1">
      <button
        type="button"
        role="switch"
        aria-checked={checked}
        aria-labelledby={`feature-${featureKey}-label`}
        aria-busy={pending}
        onClick={toggle}
        className={cn(
          "relative inline-flex h-8 w-14 items-center rounded-full transition-colors",
          checked ? "bg-brand-600" : "bg-slate-300",
          pending && "opacity-70",
        )}
      >
        <span className="sr-only">{label}</span>
        <span
          aria-hidden
          className={cn(
            "inline-block size-6 rounded-full bg-white shadow transition-transform",
            checked ? "translate-x-7" : "translate-x-1",
          )}
        />
      </button>
      <span className="text-xs font-medium text-slate-600" aria-hidden>
        {checked ? messages.settings.enabled : messages.settings.disabled}
      </span>
      {error && (
        <p role="alert" className="max-w-48 text-right text-xs text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}
