import { chipClasses } from "@/lib/customer-settings/model/colors";
import { cn } from "@/lib/shared/cn";

/** A status, class or tag as customers see it: a coloured pill with a dot (not colour alone). */
export function SettingChip({ name, color, className }: { name: string; color: string; className?: string }) {
  const classes = chipClasses(color);
  return (
    <span
      className={cn(
        "inline-flex max-w-full items-center gap-1.5 rounded-full px-2.5 py-0.5 text-sm font-medium ring-1 ring-inset",
        classes.chip,
        className,
      )}
    >
      <span aria-hidden className={cn("size-2 shrink-0 rounded-full", classes.dot)} />
      <span className="truncate">{name}</span>
    </span>
  );
}
