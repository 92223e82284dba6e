import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { customerClasses, features, statuses, tags, templates, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { CHIP_COLORS } from "@/lib/customer-settings/model/colors";
import { SEEDED_CLASSES, SEEDED_STATUSES, SEEDED_TAGS } from "@/lib/customer-settings/seeded";
import { DEMO_ADMIN } from "@/lib/demo";
import type { FieldDefinition } from "@/lib/templates/model/definition";
import { ensureSeededTemplates } from "@/lib/templates/seeded";
import type { RawClient } from "../raw-client";

// Tags beyond the seeded seven: a real installation collects a few dozen.
const EXTRA_TAGS = [
  "二世帯",
  "平屋",
  "土地探し",
  "建替え",
  "外構",
  "太陽光",
  "省エネ",
  "耐震",
  "子育て世帯",
  "シニア",
  "ペット可",
  "ガレージ",
  "注文住宅",
  "分譲",
  "中古購入",
  "水回り",
  "屋根塗装",
  "外壁塗装",
  "キッチン",
  "浴室",
  "バリアフリー",
  "DM送付可",
  "メール不可",
];

// The sales staff who write reports and take appointments (members, not admins).
const STAFF = [
  "営業 一郎",
  "営業 花子",
  "設計 健太",
  "設計 美咲",
  "工務 大輔",
  "工務 直樹",
  "店長 誠",
  "営業 陽菜",
  "営業 翔太",
  "営業 結衣",
];

// Every table the dataset owns (those that exist: later migrations add tables). CASCADE
// also empties tables added later that reference them; RESTART IDENTITY makes the ids of a
// seed the same on every run, which the modules rely on (customer i has id i + 1).
const DATA_TABLES = [
  "timeline_entries",
  "customer_status_changes",
  "reports",
  "schedules",
  "campaigns",
  "saved_views",
  "customers",
  "organizations",
  "tags",
  "statuses",
  "customer_classes",
  "templates",
  "audit_log",
  "features",
  "sign_in_throttle",
  "users",
];

export type TemplateRef = { id: number; name: string; fields: FieldDefinition[] };

export type Reference = {
  adminId: number;
  /** The admin first, then the staff: authors of reports and assignees of schedules. */
  userIds: number[];
  customerTemplateId: number;
  customerTemplateFields: FieldDefinition[];
  organizationTemplate: TemplateRef;
  /** The seeded report templates by name (商談記録 has the money field dealAmount). */
  reportTemplates: TemplateRef[];
  statusIds: number[];
  classIds: number[];
  /** In the order of SEEDED_TAGS then EXTRA_TAGS: the generator weights them by position. */
  tagIds: number[];
};

export async function resetData(raw: RawClient): Promise<void> {
  const existing: string[] = [];
  for (const table of DATA_TABLES) {
    const [row] = await raw.query<{ ok: boolean }>(`select to_regclass($1) is not null as ok`, [table]);
    if (row?.ok) existing.push(table);
  }
  await raw.query(`truncate ${existing.join(", ")} restart identity cascade`);
}

async function templatesOf(kind: "customer" | "organization" | "report"): Promise<TemplateRef[]> {
  return db
    .select({ id: templates.id, name: templates.name, fields: templates.fields })
    .from(templates)
    .where(eq(templates.kind, kind))
    .orderBy(asc(templates.id));
}

/**
 * Settings lists, templates, the admin the bench signs in as (the demo admin), the staff,
 * and 顧客組織 switched on (the organization filter and timeline need it).
 */
export async function seedReference(): Promise<Reference> {
  await ensureSeededTemplates(db);
  await db.insert(statuses).values(SEEDED_STATUSES.map((s, i) => ({ ...s, position: i + 1 })));
  await db.insert(customerClasses).values(SEEDED_CLASSES.map((s, i) => ({ ...s, position: i + 1 })));
  const tagSeeds = [...SEEDED_TAGS, ...EXTRA_TAGS.map((name, i) => ({ name, color: CHIP_COLORS[i % CHIP_COLORS.length]! }))];
  const tagRows = await db.insert(tags).values(tagSeeds).returning({ id: tags.id });
  // One hash for everyone: argon2 is slow on purpose, and the staff never sign in here.
  const passwordHash = await hashPassword(DEMO_ADMIN.password);
  const [admin] = await db
    .insert(users)
    .values({ email: DEMO_ADMIN.email, name: DEMO_ADMIN.name, role: "admin", passwordHash })
    .returning({ id: users.id });
  const staff = await db
    .insert(users)
    .values(
      STAFF.map((name, i) => ({
        email: `staff${String(i + 1).padStart(2, "0")}@example.com`,
        name,
        role: "member" as const,
        passwordHash,
      })),
    )
    .returning({ id: users.id });
  if (!admin) throw new Error("reference data missing");
  await db.insert(features).values({ key: "organizations", enabled: true, updatedBy: admin.id });
  const [customerTemplate] = await templatesOf("customer");
  const [organizationTemplate] = await templatesOf("organization");
  const reportTemplates = await templatesOf("report");
  if (!customerTemplate || !organizationTemplate || reportTemplates.length === 0) throw new Error("seeded templates missing");
  const ids = async (table: typeof statuses | typeof customerClasses) =>
    (await db.select({ id: table.id }).from(table).orderBy(asc(table.position))).map((r) => r.id);
  return {
    adminId: admin.id,
    userIds: [admin.id, ...staff.map((s) => s.id)],
    customerTemplateId: customerTemplate.id,
    customerTemplateFields: customerTemplate.fields,
    organizationTemplate,
    reportTemplates,
    statusIds: await ids(statuses),
    classIds: await ids(customerClasses),
    tagIds: tagRows.map((r) => r.id),
  };
}
