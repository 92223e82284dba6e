import "server-only";
import { asc } from "drizzle-orm";
import { db } from "@/db/client";
import { customerClasses, statuses, tags, type CustomerClassRow, type StatusRow, type TagRow } from "@/db/schema";
import { requireUser } from "@/lib/auth/current-user";

export type Status = StatusRow;
export type CustomerClass = CustomerClassRow;
export type Tag = TagRow;

/** In lifecycle order: the first is the default of a new customer. */
export async function listStatuses(): Promise<Status[]> {
  await requireUser();
  return db.select().from(statuses).orderBy(asc(statuses.position), asc(statuses.id));
}

export async function listCustomerClasses(): Promise<CustomerClass[]> {
  await requireUser();
  return db.select().from(customerClasses).orderBy(asc(customerClasses.position), asc(customerClasses.id));
}

/** By name, as a picker of any length reads best. */
export async function listTags(): Promise<Tag[]> {
  await requireUser();
  return db.select().from(tags).orderBy(asc(tags.name), asc(tags.id));
}

/** The three lists every customer screen needs, read together. */
export async function customerSettings(): Promise<{ statuses: Status[]; classes: CustomerClass[]; tags: Tag[] }> {
  const [s, c, t] = await Promise.all([listStatuses(), listCustomerClasses(), listTags()]);
  return { statuses: s, classes: c, tags: t };
}
