import { z } from "zod";
import { FEATURES, isFeatureKey } from "@/lib/features/model";

/** The kinds 監査ログ filters by: what an auditor asks about. An entry may be of two (a deleted tag: 設定 and 削除). */
export const AUDIT_KINDS = ["sign_in", "account", "settings", "export", "import", "bulk", "delete", "record"] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export const AUDIT_KIND_LABELS: Record<AuditKind, string> = {
  sign_in: "ログイン・ログアウト",
  account: "ユーザー管理・パスワード",
  settings: "設定の変更",
  export: "エクスポート(CSV出力)",
  import: "インポート",
  bulk: "一括変更",
  delete: "削除",
  record: "登録・更新",
};

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

/** Japanese words for what audit_log.action and audit_log.entity hold. */

const ENTITY: Record<string, string> = {
  user: "ユーザー",
  customer: "顧客",
  organization: "顧客組織",
  report: "報告書",
  schedule: "予定",
  campaign: "販促活動",
  saved_view: "保存した検索条件",
  feature: "機能",
  template: "テンプレート",
  status: "ステータス",
  customer_class: "客区分",
  tag: "タグ",
  audit_log: "監査ログ",
};

const ACTION: Record<string, string> = {
  sign_in: "ログイン",
  sign_in_failed: "ログイン失敗",
  sign_in_locked: "ログイン制限",
  sign_out: "ログアウト",
  first_run_setup: "初期設定",
  create: "登録",
  update: "更新",
  delete: "削除",
  change_role: "権限の変更",
  disable: "利用停止",
  enable: "利用再開",
  set_temporary_password: "仮パスワードの設定",
  change_password: "パスワードの変更",
  unlock: "ログイン制限の解除",
  set_default: "標準に設定",
  archive: "アーカイブ",
  restore: "アーカイブから戻す",
  move: "並べ替え",
  import: "インポート",
  export: "エクスポート",
  execute: "実行",
  complete: "完了",
  reopen: "未完了に戻す",
  set_outcome: "結果の一括記録",
  create_follow_up: "フォローの作成",
  bulk_addTag: "一括変更(タグ追加)",
  bulk_removeTag: "一括変更(タグ削除)",
  bulk_setStatus: "一括変更(ステータス)",
  bulk_setClass: "一括変更(客区分)",
  bulk_setImportant: "一括変更(重要マーク)",
};

export function entityLabel(entity: string): string {
  return ENTITY[entity] ?? entity;
}

export function actionLabel(action: string): string {
  return ACTION[action] ?? action;
}

// A feature is switched on and off; a user is stopped and let back in.
const FEATURE_ACTION: Record<string, string> = { enable: "有効化", disable: "無効化" };

/** 「顧客の削除」, 「ログイン失敗」: what happened, in one phrase. */
export function describeAction(action: string, entity: string): string {
  if (action.startsWith("sign_") || action === "first_run_setup" || action.startsWith("bulk_")) return actionLabel(action);
  const verb = (entity === "feature" && FEATURE_ACTION[action]) || actionLabel(action);
  return `${entityLabel(entity)}の${verb}`;
}

/** What the entry is about: 「顧客 ID 12」, 「顧客一覧」, 「機能「顧客組織」」; nothing for sign-ins. */
export function describeTarget(action: string, entity: string, entityId: string): string {
  if (action.startsWith("sign_")) return "";
  if (entityId === "list" || entityId === "bulk") return `${entityLabel(entity)}一覧`;
  if (entity === "feature" && isFeatureKey(entityId)) return `「${FEATURES[entityId].label}」`;
  return `${entityLabel(entity)} ID ${entityId}`;
}

type Diff = Record<string, unknown> | null;

const text = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : "");

/** The details an auditor reads first, as one line; the rest stays in the CSV's JSON column. */
export function describeDetails(action: string, diff: Diff): string {
  if (!diff) return "";
  const parts: string[] = [];
  if (diff.email && action.startsWith("sign_in")) parts.push(`入力: ${text(diff.email)}`);
  if (diff.address) parts.push(`接続元: ${text(diff.address)}`);
  if (action === "export") {
    parts.push(`${Number(diff.rows ?? 0).toLocaleString("ja-JP")}件`);
    if (diff.status === "interrupted") parts.push("途中で中断");
    if (diff.status === "started") parts.push("出力中または中断");
    if (diff.encoding) parts.push(diff.encoding === "cp932" ? "Shift_JIS" : "UTF-8");
  }
  if (action === "import" && diff.fileName) parts.push(`ファイル: ${text(diff.fileName)}`);
  if (typeof diff.updated === "number") parts.push(`${diff.updated.toLocaleString("ja-JP")}件を変更`);
  if (typeof diff.targetCount === "number") parts.push(`対象 ${diff.targetCount.toLocaleString("ja-JP")}人`);
  if (diff.from !== undefined && diff.to !== undefined && typeof diff.from === "string")
    parts.push(`${text(diff.from)} → ${text(diff.to)}`);
  return parts.join("・");
}
