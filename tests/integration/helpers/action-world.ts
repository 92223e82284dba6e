import { randomBytes } from "node:crypto";
import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { campaignTargets, customerClasses, features, savedViews, statuses, tags, templates, users as usersTable } from "@/db/schema";
import type { ActionResult } from "@/lib/shared/action-result";
import { executeCampaign } from "@/lib/campaigns/execute";
import { createCampaign } from "@/lib/campaigns/mutations";
import { ensureSeededCustomerSettings } from "@/lib/customer-settings/seeded";
import { createCustomer } from "@/lib/customers/mutations";
import { createOrganization } from "@/lib/organizations/mutations";
import { createReport } from "@/lib/reports/mutations";
import { createSchedule } from "@/lib/schedules/mutations";
import { builtinFields } from "@/lib/templates/model/definition";
import { ensureSeededTemplates } from "@/lib/templates/seeded";
import type { ActionContext, ActionEntry } from "../../authorization-matrix";
import { asUser, createUser, TEST_PASSWORD } from "./factories";
import { importJobsForMatrix } from "./import-helpers";

/**
 * The world every server action of the authorization matrix can act on: an admin and a
 * member, and (per `context()` call) fresh records of every kind, so that even a delete can
 * succeed. Used by the matrix and by the hostile-input property test.
 */
export type ActionWorld = { users: { admin: { id: number }; member: { id: number } }; context: () => Promise<ActionContext> };

export async function actionWorld(): Promise<ActionWorld> {
  const admin = await createUser({ role: "admin" });
  const users = { admin, member: await createUser({ role: "member" }) };
  const passwordHash = admin.passwordHash;
  await ensureSeededTemplates(db);
  await ensureSeededCustomerSettings(db);
  const [template] = await db
    .insert(templates)
    .values({ kind: "customer", name: `権限確認用${randomBytes(3).toString("hex")}`, fields: builtinFields("customer") })
    .returning({ id: templates.id });
  const templateId = template!.id;
  async function context(): Promise<ActionContext> {
    // Each action may change the template (archive, default, version): read it fresh, and
    // keep it a non-default, non-archived template so that every admin call can succeed.
    await db.update(templates).set({ isDefault: false, archivedAt: null }).where(eq(templates.id, templateId));
    await db
      .update(templates)
      .set({ isDefault: true })
      .where(and(eq(templates.kind, "customer"), eq(templates.name, "標準")));
    const [template] = await db.select().from(templates).where(eq(templates.id, templateId));
    const unique = `u${randomBytes(4).toString("hex")}`;
    // A password change of an earlier call is undone, so that every call knows the password.
    await db
      .update(usersTable)
      .set({ passwordHash })
      .where(inArray(usersTable.id, [users.admin.id, users.member.id]));
    // Fresh and unused on every call, so that even a delete can succeed for the admin.
    const [status] = await db
      .insert(statuses)
      .values({ name: `s${unique}`, position: 1, color: "gray" })
      .returning({ id: statuses.id });
    const [customerClass] = await db
      .insert(customerClasses)
      .values({ name: `c${unique}`, position: 1, color: "gray" })
      .returning({ id: customerClasses.id });
    const [tag] = await db
      .insert(tags)
      .values({ name: `t${unique}`, color: "gray" })
      .returning({ id: tags.id });
    const [customerStatus] = await db.select({ id: statuses.id }).from(statuses).where(eq(statuses.name, "新規顧客"));
    const customerInput = { templateId: template!.id, statusId: customerStatus!.id, classId: null, tagIds: [], important: false };
    const customer = await asUser(users.admin, () =>
      createCustomer({ ...customerInput, values: { name: "権限 確認", searchKeywords: unique } }),
    );
    await setOrganizationsFeature(true);
    const [orgTemplate] = await db
      .select()
      .from(templates)
      .where(and(eq(templates.kind, "organization"), eq(templates.isDefault, true)));
    const organization = await asUser(users.admin, () =>
      createOrganization({ templateId: orgTemplate!.id, values: { name: `o${unique}`, searchKeywords: unique } }),
    );
    const [deal] = await db
      .select({ id: templates.id })
      .from(templates)
      .where(and(eq(templates.kind, "report"), eq(templates.name, "商談記録")));
    const report = await asUser(users.admin, () =>
      createReport({
        templateId: deal!.id,
        customerId: customer.id,
        occurredAt: "2026-04-01T10:00",
        values: { meetingAt: "2026-04-01T10:00", content: "権限確認" },
      }),
    );
    const schedule = await asUser(users.admin, () =>
      createSchedule({ customerId: customer.id, title: "権限確認", startsAt: "2026-04-01T10:00" }),
    );
    const criteria = { statusIds: [], classIds: [], tagIds: [], tagMode: "any" as const, importantOnly: false, keyword: unique };
    const campaign = await asUser(users.admin, () => createCampaign({ name: unique, kind: "dm", criteria }));
    const executed = await asUser(users.admin, () => createCampaign({ name: `${unique}済`, kind: "dm", criteria }));
    await asUser(users.admin, () => executeCampaign({ id: executed.id, version: 1 }));
    const [target] = await db.select({ id: campaignTargets.id }).from(campaignTargets).where(eq(campaignTargets.campaignId, executed.id));
    const [view] = await db
      .insert(savedViews)
      .values({ name: unique, filter: {}, createdBy: users.member.id })
      .returning({ id: savedViews.id });
    return {
      memberId: users.member.id,
      adminId: users.admin.id,
      password: TEST_PASSWORD,
      spareUserId: (await createUser()).id,
      unique,
      template: { id: template!.id, version: template!.version, name: template!.name, fields: template!.fields },
      statusId: status!.id,
      classId: customerClass!.id,
      tagId: tag!.id,
      customer: { id: customer.id, version: 1, templateId: template!.id, statusId: customerStatus!.id },
      savedViewId: view!.id,
      organization: { id: organization.id, version: 1, templateId: orgTemplate!.id },
      report: { id: report.id, version: 1, customerId: customer.id, templateId: deal!.id },
      schedule: { id: schedule.id, version: 1, customerId: customer.id },
      campaign: { id: campaign.id, version: 1 },
      executedCampaign: { id: executed.id, targetId: target!.id },
      importJobs: await importJobsForMatrix({ id: users.member.id }),
    };
  }
  return { users, context };
}

export async function setOrganizationsFeature(enabled: boolean) {
  await db.insert(features).values({ key: "organizations", enabled }).onConflictDoUpdate({ target: features.key, set: { enabled } });
}

export type ServerAction = (input: unknown) => Promise<ActionResult<unknown>>;

/** The exported server action an entry names, loaded as Next would. */
export async function loadAction(entry: ActionEntry): Promise<ServerAction> {
  const mod = (await import(path.resolve(__dirname, "../../..", entry.file))) as Record<string, ServerAction>;
  const action = mod[entry.name];
  if (!action) throw new Error(`${entry.file} does not export ${entry.name}`);
  return action;
}
