import { ArrowDown, ArrowUp } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/lib/shared/cn";

type Props = {
  id: number;
  name: string;
  isFirst: boolean;
  isLast: boolean;
  /** While a move is saved: aria-disabled, not disabled, so the focused button keeps focus. */
  busy: boolean;
  onMove: (direction: "up" | "down") => void;
};

export function moveButtonId(id: number, direction: "up" | "down") {
  return `move-${id}-${direction}`;
}

export function MoveButtons({ id, name, isFirst, isLast, busy, onMove }: Props) {
  const button = (direction: "up" | "down", disabled: boolean) => (
    <button
      type="button"
      id={moveButtonId(id, direction)}
      className={cn(buttonClass("ghost", "sm"), "px-2.5 disabled:text-slate-300 aria-disabled:opacity-60")}
      aria-label={`「${name}」を${direction === "up" ? "上へ" : "下へ"}`}
      disabled={disabled}
      aria-disabled={busy || undefined}
      onClick={() => !busy && onMove(direction)}
    >
      {direction === "up" ? <ArrowUp aria-hidden className="size-4" /> : <ArrowDown aria-hidden className="size-4" />}
    </button>
  );
  return (
    <>
      {button("up", isFirst)}
      {button("down", isLast)}
    </>
  );
}
