import "server-only";
import { desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { customers, customerStatusChanges, templates, users, type CustomerRow, type TemplateRow } from "@/db/schema";
import { requireUser } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/errors";

export type StatusChange = {
  id: number;
  fromStatusName: string | null;
  toStatusName: string;
  changedAt: Date;
  changedByName: string | null;
};

export type CustomerDetail = { customer: CustomerRow; template: TemplateRow; statusHistory: StatusChange[] };

export async function getCustomer(id: number): Promise<CustomerDetail> {
  await requireUser();
  const [row] = await db
    .select({ customer: customers, template: templates })
    .from(customers)
    .innerJoin(templates, eq(templates.id, customers.templateId))
    .where(eq(customers.id, id));
  if (!row) throw new NotFoundError("顧客");
  return { ...row, statusHistory: await statusHistory(id) };
}

/** Newest first: who moved the customer from which status to which, and when. */
export async function statusHistory(customerId: number): Promise<StatusChange[]> {
  await requireUser();
  return db
    .select({
      id: customerStatusChanges.id,
      fromStatusName: customerStatusChanges.fromStatusName,
      toStatusName: customerStatusChanges.toStatusName,
      changedAt: customerStatusChanges.changedAt,
      changedByName: users.name,
    })
    .from(customerStatusChanges)
    .leftJoin(users, eq(users.id, customerStatusChanges.changedBy))
    .where(eq(customerStatusChanges.customerId, customerId))
    .orderBy(desc(customerStatusChanges.changedAt), desc(customerStatusChanges.id))
    .limit(100);
}
