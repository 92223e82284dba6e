import { z } from "zod";
import { recordId } from "@/lib/validation/record-id";
import { customerFilter } from "./filter";

const id = recordId();

/** Either the rows the user ticked, or every match of the list's filter. */
export const bulkTarget = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("ids"),
    ids: z
      .array(id)
      .min(1, "顧客を選択してください")
      .max(1000, "一度に選択できるのは1,000件までです。絞り込み結果全体を対象にしてください。"),
  }),
  z.object({ kind: z.literal("filter"), filter: customerFilter }),
]);

export const bulkOperation = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("addTag"), tagId: id }),
  z.object({ kind: z.literal("removeTag"), tagId: id }),
  z.object({ kind: z.literal("setStatus"), statusId: id }),
  z.object({ kind: z.literal("setClass"), classId: id.nullable() }),
  z.object({ kind: z.literal("setImportant"), important: z.boolean() }),
]);

export const bulkUpdateInput = z.object({ target: bulkTarget, operation: bulkOperation });

export type BulkTarget = z.infer<typeof bulkTarget>;
export type BulkOperation = z.infer<typeof bulkOperation>;
export type BulkUpdateInput = z.input<typeof bulkUpdateInput>;

/** What happened: changed rows, rows that already matched, and rows refused with a reason. */
export type BulkResult = {
  updated: number;
  unchanged: number;
  /** Customers the operation could not apply to (a sixth tag), the first 50 by name. */
  refused: { count: number; sample: { id: number; name: string }[]; reason: string } | null;
};
