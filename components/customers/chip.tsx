import { chipClasses } from "@/lib/customer-settings/model/colors";
import { cn } from "@/lib/shared/cn";
import styles from "./chip.module.css";

/** A coloured label for a status, class or tag, with a dot so colour is not the only cue. */
export function Chip({
  color,
  children,
  className,
  title,
}: {
  color: string;
  children: React.ReactNode;
  className?: string;
  title?: string;
}) {
  return (
    <span
      title={title}
      className={cn(styles.chip, "rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", chipClasses(color).chip, className)}
    >
      {children}
    </span>
  );
}
