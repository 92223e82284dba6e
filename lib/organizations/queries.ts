import "server-only";
import { asc, desc, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { customers, organizations, templates, type OrganizationRow, type TemplateRow } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { keywordCondition } from "@/lib/search/keyword-sql";
import { requireOrganizations } from "./guard";
import { memberCountSql } from "./member-count";
import { organizationIdInput, organizationOptionsInput, organizationSearchInput } from "./model";

export const ORGANIZATION_PAGE_SIZE = 50;

const memberCount = memberCountSql;

function keywordWhere(keyword: string) {
  return keywordCondition(keyword, { grams: organizations.searchGrams, text: organizations.searchText });
}

export type OrganizationListItem = { id: number; name: string; nameKana: string; memberCount: number; updatedAt: Date };

/** 顧客組織一覧: keyword search (same normalization as customers), member counts, pages. */
export async function searchOrganizations(input: { keyword?: string; page?: number }) {
  await requireOrganizations();
  const { keyword, page } = organizationSearchInput.parse(input);
  const where = keywordWhere(keyword);
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: organizations.id,
        name: organizations.name,
        nameKana: organizations.nameKana,
        memberCount,
        updatedAt: organizations.updatedAt,
      })
      .from(organizations)
      .where(where)
      .orderBy(sql`${organizations.sortKey} collate "C"`, asc(organizations.id))
      .limit(ORGANIZATION_PAGE_SIZE)
      .offset((page - 1) * ORGANIZATION_PAGE_SIZE),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(organizations)
      .where(where),
  ]);
  return { rows: rows as OrganizationListItem[], total: count?.n ?? 0, page, keyword };
}

export type OrganizationDetail = { organization: OrganizationRow; template: TemplateRow; memberCount: number };

export async function getOrganization(id: number): Promise<OrganizationDetail> {
  await requireOrganizations();
  organizationIdInput.parse({ id });
  const [row] = await db
    .select({ organization: organizations, template: templates, memberCount })
    .from(organizations)
    .innerJoin(templates, eq(templates.id, organizations.templateId))
    .where(eq(organizations.id, id));
  if (!row) throw new NotFoundError("顧客組織");
  return row;
}

export type OrganizationMember = {
  id: number;
  name: string;
  nameKana: string;
  statusId: number;
  classId: number | null;
  tagIds: number[];
  important: boolean;
};

/** 組織内メンバ, by kana. */
export async function listOrganizationMembers(id: number, limit = 500): Promise<OrganizationMember[]> {
  await requireOrganizations();
  return db
    .select({
      id: customers.id,
      name: customers.name,
      nameKana: customers.nameKana,
      statusId: customers.statusId,
      classId: customers.classId,
      tagIds: customers.tagIds,
      important: customers.important,
    })
    .from(customers)
    .where(eq(customers.organizationId, id))
    .orderBy(sql`${customers.sortKey} collate "C"`, asc(customers.id))
    .limit(limit);
}

export type OrganizationOption = { id: number; name: string; nameKana: string };

/** The 所属組織 combobox: the best 20 matches of a keyword (index-served like the list). */
export async function organizationOptions(input: { keyword?: string }): Promise<OrganizationOption[]> {
  await requireOrganizations();
  const { keyword } = organizationOptionsInput.parse(input);
  return db
    .select({ id: organizations.id, name: organizations.name, nameKana: organizations.nameKana })
    .from(organizations)
    .where(keywordWhere(keyword))
    .orderBy(keyword ? sql`length(${organizations.searchText})` : desc(organizations.updatedAt), asc(organizations.id))
    .limit(20);
}

/** Names for the customer list's 所属組織 column. */
export async function organizationNames(ids: number[]): Promise<Map<number, string>> {
  await requireOrganizations();
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}
