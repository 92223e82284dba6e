import { z } from "zod";
import { recordId, recordVersion } from "@/lib/validation/record-id";
import { parseTokyoLocal } from "@/lib/tokyo-time";

const id = recordId("報告書が見つかりません");
const version = recordVersion;

/** 日時 as a datetime-local value (Tokyo wall clock), or an instant from server code. */
export const occurredAtInput = z.union([
  z.date(),
  z
    .string({ message: "日時を入力してください" })
    .trim()
    .min(1, "日時を入力してください")
    .transform((value, ctx) => {
      const at = parseTokyoLocal(value);
      if (!at) {
        ctx.addIssue({ code: "custom", message: "日時の形式が正しくありません(例: 2026-04-01 09:30)" });
        return z.NEVER;
      }
      return at;
    }),
]);

/** The parts of a report outside its template: whose it is, when it happened, a subject line. */
export const reportAttributes = z.object({
  customerId: recordId("顧客を選択してください"),
  occurredAt: occurredAtInput,
  title: z.string().trim().max(100, "件名は100文字以内で入力してください").default(""),
});

export const createReportInput = reportAttributes.extend({
  templateId: recordId("テンプレートを選択してください"),
  values: z.record(z.string(), z.unknown()),
});

/** An edit keeps the report's template: its values were written against that form. */
export const updateReportInput = reportAttributes.extend({ id, version, values: z.record(z.string(), z.unknown()) });

export const deleteReportInput = z.object({ id, version });
export const reportIdInput = z.object({ id });
export const customerOptionsInput = z.object({ keyword: z.string().trim().max(100).default("") });

export type CreateReportInput = z.input<typeof createReportInput>;
export type UpdateReportInput = z.input<typeof updateReportInput>;
