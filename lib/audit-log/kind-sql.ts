import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import type { AuditKind } from "./model";

// What each kind of 監査ログ means in the log's own terms.
const SIGN_IN_ACTIONS = ["sign_in", "sign_in_failed", "sign_in_locked", "sign_out"];
const SETTINGS_ENTITIES = ["feature", "template", "status", "customer_class", "tag"];
const BULK_ACTIONS = ["set_outcome", "execute"];

const inList = (column: SQL | typeof auditLog.action, values: string[]) =>
  sql`${column} in (${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;

/** The SQL condition of a kind, on audit_log. */
export function kindCondition(kind: AuditKind): SQL {
  switch (kind) {
    case "sign_in":
      return inList(auditLog.action, SIGN_IN_ACTIONS);
    case "account":
      return sql`${auditLog.entity} = 'user' and not ${inList(auditLog.action, SIGN_IN_ACTIONS)}`;
    case "settings":
      return inList(sql`${auditLog.entity}`, SETTINGS_ENTITIES);
    case "export":
      return sql`${auditLog.action} = 'export'`;
    case "import":
      return sql`${auditLog.action} = 'import'`;
    case "bulk":
      return sql`(${auditLog.action} like 'bulk\\_%' or ${inList(auditLog.action, BULK_ACTIONS)})`;
    case "delete":
      return sql`${auditLog.action} = 'delete'`;
    case "record":
      return sql`${auditLog.entity} <> 'user' and not ${inList(sql`${auditLog.entity}`, SETTINGS_ENTITIES)} and ${inList(auditLog.action, ["create", "update", "complete", "reopen", "create_follow_up"])}`;
  }
}
