import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { features, organizations, templates, type TemplateRow } from "@/db/schema";
import { createReport } from "@/lib/reports/mutations";
import { createSchedule } from "@/lib/schedules/mutations";
import type { CreateScheduleInput } from "@/lib/schedules/model/inputs";
import { normalizeForSearch, searchGrams } from "@/lib/search/normalize";
import { ensureSeededTemplates } from "@/lib/templates/seeded";
import { insertCustomers, seededCustomerBasics } from "./customer-export-fixtures";
import { asUser } from "./factories";

export const unique = () => randomBytes(4).toString("hex");

/** The seeded report templates by name: 商談記録 (with the money field 商談額) and 来社履歴. */
export async function reportTemplatesByName(): Promise<Record<"商談記録" | "来社履歴", TemplateRow>> {
  await ensureSeededTemplates(db);
  const rows = await db.select().from(templates).where(eq(templates.kind, "report"));
  const byName = (name: string) => rows.find((t) => t.name === name)!;
  return { 商談記録: byName("商談記録"), 来社履歴: byName("来社履歴") };
}

/** Customers inserted directly (no status change, so their timelines start empty). */
export async function insertPlainCustomers(names: string[], organizationId: number | null = null) {
  const basics = await seededCustomerBasics();
  const rows = await insertCustomers(
    names.map((name) => ({ name, templateId: basics.template.id, statusId: Object.values(basics.status)[0]!, organizationId })),
  );
  return rows.map((r) => ({ id: r.id, name: r.name }));
}

/** 顧客組織 switched on, and one organization inserted directly. */
export async function insertOrganization(name = `合同会社${unique()}`) {
  await ensureSeededTemplates(db);
  await db
    .insert(features)
    .values({ key: "organizations", enabled: true })
    .onConflictDoUpdate({ target: features.key, set: { enabled: true } });
  const [template] = await db
    .select({ id: templates.id })
    .from(templates)
    .where(and(eq(templates.kind, "organization"), eq(templates.isDefault, true)));
  const text = normalizeForSearch(name);
  const [row] = await db
    .insert(organizations)
    .values({ templateId: template!.id, name, searchKeywords: name, searchText: text, searchGrams: searchGrams(text), sortKey: text })
    .returning({ id: organizations.id });
  return row!.id;
}

export async function setOrganizationsFeature(enabled: boolean) {
  await db.insert(features).values({ key: "organizations", enabled }).onConflictDoUpdate({ target: features.key, set: { enabled } });
}

type ReportOverrides = { template?: "商談記録" | "来社履歴"; occurredAt?: string | Date; title?: string; values?: Record<string, unknown> };

/** A report through the real mutation; a 商談記録 has its required values unless given. */
export async function writeReport(user: { id: number }, customerId: number, overrides: ReportOverrides = {}) {
  const byName = await reportTemplatesByName();
  const template = byName[overrides.template ?? "商談記録"];
  const defaults =
    template.name === "商談記録"
      ? { meetingAt: "2026-04-01T10:00", content: "プラン提案" }
      : { visitedAt: "2026-04-01T10:00", purpose: "打ち合わせ" };
  return asUser(user, () =>
    createReport({
      templateId: template.id,
      customerId,
      occurredAt: overrides.occurredAt ?? "2026-04-01T10:00",
      title: overrides.title ?? "",
      values: { ...defaults, ...overrides.values },
    }),
  );
}

/** A schedule through the real mutation, by default the user's own. */
export async function addSchedule(user: { id: number }, customerId: number, overrides: Partial<CreateScheduleInput> = {}) {
  return asUser(user, () =>
    createSchedule({ customerId, title: `予定${unique()}`, startsAt: "2026-04-01T10:00", assigneeId: user.id, ...overrides }),
  );
}
