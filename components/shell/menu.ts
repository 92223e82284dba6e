import type { Role } from "@/lib/auth/current-user";
import type { FeatureKey } from "@/lib/features/model";
import { messages } from "@/messages";
import type { MenuIconName } from "./menu-icon";

export type MenuItem = { href: string; label: string; icon: MenuIconName; feature?: FeatureKey; adminOnly?: boolean };
export type MenuGroup = { label?: string; items: MenuItem[] };

const t = messages.nav;

const GROUPS: MenuGroup[] = [
  {
    items: [
      { href: "/customers", label: t.customers, icon: "users" },
      { href: "/customers/new", label: t.newCustomer, icon: "user-plus" },
      { href: "/customers/import", label: t.importCustomers, icon: "upload" },
    ],
  },
  {
    label: "顧客組織",
    items: [
      { href: "/organizations", label: t.organizations, icon: "organizations", feature: "organizations" },
      { href: "/organizations/new", label: t.newOrganization, icon: "organization-new", feature: "organizations" },
      { href: "/organizations/import", label: t.importOrganizations, icon: "upload", feature: "organizations" },
    ],
  },
  {
    label: "活動",
    items: [
      { href: "/reports", label: t.reports, icon: "reports" },
      { href: "/schedules", label: t.schedules, icon: "schedules" },
      { href: "/campaigns", label: t.campaigns, icon: "campaigns" },
    ],
  },
  { items: [{ href: "/settings", label: t.settings, icon: "settings", adminOnly: true }] },
];

/** The menu this user sees: features that are off and admin pages for members drop out. */
export function buildMenu(role: Role, enabled: ReadonlySet<FeatureKey>): MenuGroup[] {
  return GROUPS.map((group) => ({
    ...group,
    items: group.items.filter((item) => (!item.feature || enabled.has(item.feature)) && (!item.adminOnly || role === "admin")),
  })).filter((group) => group.items.length > 0);
}
