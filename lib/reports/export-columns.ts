import "server-only";
import { fieldColumns, type FieldColumn } from "@/lib/csv/template-columns";
import type { Template } from "@/lib/templates/queries";

export const LEADING_HEADERS = ["ID", "日時", "テンプレート", "顧客ID", "顧客名", "件名", "作成者"];
export const TRAILING_HEADERS = ["登録日時", "更新日時"];

/** The field columns of every report template (内容 in 商談記録 and 来社履歴 gets its template's name). */
export function reportFieldColumns(list: Template[]): FieldColumn[] {
  return fieldColumns(list, [...LEADING_HEADERS, ...TRAILING_HEADERS]);
}
