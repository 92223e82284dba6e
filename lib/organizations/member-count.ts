import "server-only";
import { sql } from "drizzle-orm";

/**
 * Members of the row's organization. Written with explicit table names: in a one-table
 * select drizzle renders a column as a bare "id", which inside this subquery would mean
 * customers.id (every organization would count 0 and each list page would scan customers).
 */
export const memberCountSql = sql<number>`(select count(*)::int from "customers" m where m."organization_id" = "organizations"."id")`;
