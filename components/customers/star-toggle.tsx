"use client";

import { useState, useTransition } from "react";
import { setCustomerImportantAction } from "@/lib/customers/actions";
import { SpriteIcon } from "@/components/ui/sprite-icons";
import { cn } from "@/lib/shared/cn";

/** One click marks or unmarks 重要 at once; if the server refuses, the star flips back. The page renders <SpriteSymbols names={["star"]} />. */
export function StarToggle({
  id,
  name,
  important,
  onError,
}: {
  id: number;
  name: string;
  important: boolean;
  onError: (message: string) => void;
}) {
  const [on, setOn] = useState(important);
  const [pending, startTransition] = useTransition();
  // A refreshed list (after a bulk change, say) brings the server's value.
  const [serverValue, setServerValue] = useState(important);
  if (serverValue !== important) {
    setServerValue(important);
    setOn(important);
  }
  const click = () => {
    const next = !on;
    setOn(next);
    startTransition(async () => {
      const result = await setCustomerImportantAction({ id, important: next }).catch(() => null);
      if (!result?.ok) {
        setOn(!next);
        onError(
          result && !result.ok && result.formError
            ? result.formError
            : `${name} 様の重要マークを変更できませんでした。通信環境を確認してください。`,
        );
      }
    });
  };
  return (
    <button
      type="button"
      aria-pressed={on}
      aria-label={`${name} 様を重要顧客${on ? "から外す" : "にする"}`}
      title={on ? "重要顧客(クリックで解除)" : "重要顧客にする"}
      onClick={click}
      data-pending={pending || undefined}
      className="grid size-10 place-items-center rounded-lg hover:bg-amber-50 focus-visible:ring-2 focus-visible:ring-amber-300"
    >
      <SpriteIcon name="star" className={cn("size-5 transition-colors", on ? "fill-amber-400 text-amber-500" : "text-slate-300")} />
    </button>
  );
}
