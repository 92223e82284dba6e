"use client";

import { Check } from "lucide-react";
import { setScheduleDoneAction } from "@/lib/schedules/actions";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { cn } from "@/lib/shared/cn";

/** 完了にする / 未完了に戻す in one tap; the page refreshes with the new state, errors stay visible. */
export function ScheduleDoneButton({ schedule }: { schedule: { id: number; title: string; done: boolean } }) {
  const { run, pending, error } = useActionRunner();
  const label = schedule.done ? `予定「${schedule.title}」を未完了に戻す` : `予定「${schedule.title}」を完了にする`;
  return (
    <span className="flex flex-col items-center">
      <button
        type="button"
        role="checkbox"
        aria-checked={schedule.done}
        aria-label={label}
        aria-busy={pending}
        disabled={pending}
        onClick={() => run(() => setScheduleDoneAction({ id: schedule.id, done: !schedule.done }))}
        className="grid size-11 shrink-0 place-items-center rounded-full disabled:opacity-50"
      >
        <span
          className={cn(
            "grid size-6 place-items-center rounded-full border-2 transition-colors",
            schedule.done
              ? "border-emerald-600 bg-emerald-600 text-white"
              : "border-slate-300 bg-white text-transparent hover:border-emerald-500 hover:text-emerald-500",
          )}
        >
          <Check aria-hidden className="size-4" strokeWidth={3} />
        </span>
      </button>
      {error && (
        <span role="alert" className="max-w-24 text-center text-xs text-red-600">
          {error}
        </span>
      )}
    </span>
  );
}
