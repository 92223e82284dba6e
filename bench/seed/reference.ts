import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { customerClasses, statuses, tags, templates, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { CHIP_COLORS } from "@/lib/customer-settings/colors";
import { SEEDED_CLASSES, SEEDED_STATUSES, SEEDED_TAGS } from "@/lib/customer-settings/seeded";
import { DEMO_ADMIN } from "@/lib/demo";
import type { FieldDefinition } from "@/lib/templates/definition";
import { ensureSeededTemplates } from "@/lib/templates/seeded";
import type { RawClient } from "../raw-client";

// Tags beyond the seeded seven: a real installation collects a few dozen.
const EXTRA_TAGS = [
  "二世帯", "平屋", "土地探し", "建替え", "外構", "太陽光", "省エネ", "耐震", "子育て世帯", "シニア", "ペット可",
  "ガレージ", "注文住宅", "分譲", "中古購入", "水回り", "屋根塗装", "外壁塗装", "キッチン", "浴室", "バリアフリー",
  "DM送付可", "メール不可",
];

// Every table the dataset owns. CASCADE also empties tables added later that reference them.
const DATA_TABLES = [
  "customer_status_changes", "saved_views", "customers", "tags", "statuses", "customer_classes",
  "templates", "audit_log", "features", "sign_in_throttle", "users",
];

export type Reference = {
  adminId: number;
  customerTemplateId: number;
  customerTemplateFields: FieldDefinition[];
  statusIds: number[];
  classIds: number[];
  /** In the order of SEEDED_TAGS then EXTRA_TAGS: the generator weights them by position. */
  tagIds: number[];
};

export async function resetData(raw: RawClient): Promise<void> {
  await raw.query(`truncate ${DATA_TABLES.join(", ")} restart identity cascade`);
}

/** Settings lists, templates and the admin the bench signs in as (the demo admin). */
export async function seedReference(): Promise<Reference> {
  await ensureSeededTemplates(db);
  await db.insert(statuses).values(SEEDED_STATUSES.map((s, i) => ({ ...s, position: i + 1 })));
  await db.insert(customerClasses).values(SEEDED_CLASSES.map((s, i) => ({ ...s, position: i + 1 })));
  const tagSeeds = [...SEEDED_TAGS, ...EXTRA_TAGS.map((name, i) => ({ name, color: CHIP_COLORS[i % CHIP_COLORS.length]! }))];
  const tagRows = await db.insert(tags).values(tagSeeds).returning({ id: tags.id });
  const [admin] = await db
    .insert(users)
    .values({ email: DEMO_ADMIN.email, name: DEMO_ADMIN.name, role: "admin", passwordHash: await hashPassword(DEMO_ADMIN.password) })
    .returning({ id: users.id });
  const [template] = await db
    .select({ id: templates.id, fields: templates.fields })
    .from(templates)
    .where(eq(templates.kind, "customer"))
    .orderBy(asc(templates.id))
    .limit(1);
  const ids = async (table: typeof statuses | typeof customerClasses) =>
    (await db.select({ id: table.id }).from(table).orderBy(asc(table.position))).map((r) => r.id);
  if (!admin || !template) throw new Error("reference data missing");
  return {
    adminId: admin.id,
    customerTemplateId: template.id,
    customerTemplateFields: template.fields,
    statusIds: await ids(statuses),
    classIds: await ids(customerClasses),
    tagIds: tagRows.map((r) => r.id),
  };
}
