import { chipClasses } from "@/lib/customer-settings/colors";
import { cn } from "@/lib/cn";

/** A coloured label for a status, class or tag. */
export function Chip({ color, children, className }: { color: string; children: React.ReactNode; className?: string }) {
  const classes = chipClasses(color);
  return (
    <span className={cn("inline-flex max-w-full items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", classes.chip, className)}>
      <span aria-hidden className={cn("size-1.5 shrink-0 rounded-full", classes.dot)} />
      <span className="truncate">{children}</span>
    </span>
  );
}
