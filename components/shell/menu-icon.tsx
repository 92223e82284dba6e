import { Building, Building2, CalendarDays, FileText, Megaphone, Settings, Upload, UserPlus, Users, type LucideIcon } from "lucide-react";

// Menu data crosses from server to client components, so it names icons instead of holding them.
const ICONS = {
  users: Users,
  "user-plus": UserPlus,
  organizations: Building2,
  "organization-new": Building,
  upload: Upload,
  reports: FileText,
  schedules: CalendarDays,
  campaigns: Megaphone,
  settings: Settings,
} satisfies Record<string, LucideIcon>;

export type MenuIconName = keyof typeof ICONS;

export function MenuIcon({ name, className }: { name: MenuIconName; className?: string }) {
  const Icon = ICONS[name];
  return <Icon aria-hidden className={className} />;
}
