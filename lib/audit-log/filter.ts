import { z } from "zod";
import { AUDIT_KINDS } from "./kinds";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** 監査ログ's filter: who, what kind, which days (Tokyo, both ends included). */
export const auditFilter = z.object({
  actorId: id.optional(),
  kind: z.enum(AUDIT_KINDS).optional(),
  from: day.optional(),
  to: day.optional(),
});
export type AuditFilter = z.infer<typeof auditFilter>;

/** A page of the log: entries older than `before`, or newer than `after` (ids). */
export type AuditCursor = { before?: number; after?: number };

type Params = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const positive = (v: string | undefined) => {
  const n = Number(v);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
};

/** From the URL; never throws: what does not make sense is left out. */
export function parseAuditListState(params: Params): { filter: AuditFilter; cursor: AuditCursor } {
  const pick = <T>(schema: z.ZodType<T>, value: unknown) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  const filter: AuditFilter = {
    actorId: positive(first(params.user)),
    kind: pick(auditFilter.shape.kind, first(params.kind)),
    from: pick(day, first(params.from)),
    to: pick(day, first(params.to)),
  };
  const before = positive(first(params.before));
  const after = before ? undefined : positive(first(params.after));
  return { filter, cursor: { before, after } };
}

export function auditListSearch(filter: AuditFilter, cursor: AuditCursor = {}): string {
  const params = new URLSearchParams();
  if (filter.actorId) params.set("user", String(filter.actorId));
  if (filter.kind) params.set("kind", filter.kind);
  if (filter.from) params.set("from", filter.from);
  if (filter.to) params.set("to", filter.to);
  if (cursor.before) params.set("before", String(cursor.before));
  if (cursor.after) params.set("after", String(cursor.after));
  const query = params.toString();
  return query ? `?${query}` : "";
}
