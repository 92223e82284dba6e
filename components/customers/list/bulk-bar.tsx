"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { bulkUpdateCustomersAction } from "@/lib/customers/actions";
import type { CustomerSettingsLists } from "@/components/customers/customer-attribute-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { BulkOperation, BulkResult, BulkTarget } from "@/lib/customers/model/inputs";
import { selectClass } from "@/components/ui/select-field";

const KINDS = [
  { kind: "addTag", label: "タグを追加" },
  { kind: "removeTag", label: "タグを外す" },
  { kind: "setStatus", label: "ステータスを変更" },
  { kind: "setClass", label: "客区分を変更" },
  { kind: "setImportant", label: "重要マーク" },
] as const;
type Kind = (typeof KINDS)[number]["kind"];

function choices(kind: Kind, lists: CustomerSettingsLists): { value: string; label: string }[] {
  switch (kind) {
    case "addTag":
    case "removeTag":
      return lists.tags.map((t) => ({ value: String(t.id), label: t.name }));
    case "setStatus":
      return lists.statuses.map((s) => ({ value: String(s.id), label: s.name }));
    case "setClass":
      return [{ value: "none", label: "なし(外す)" }, ...lists.classes.map((c) => ({ value: String(c.id), label: c.name }))];
    case "setImportant":
      return [
        { value: "on", label: "重要にする" },
        { value: "off", label: "重要を外す" },
      ];
  }
}

function operation(kind: Kind, value: string): BulkOperation {
  switch (kind) {
    case "addTag":
    case "removeTag":
      return { kind, tagId: Number(value) };
    case "setStatus":
      return { kind, statusId: Number(value) };
    case "setClass":
      return { kind, classId: value === "none" ? null : Number(value) };
    case "setImportant":
      return { kind, important: value === "on" };
  }
}

function summary(result: BulkResult): string {
  const parts = [`${result.updated.toLocaleString("ja-JP")}件を更新しました`];
  if (result.unchanged) parts.push(`${result.unchanged.toLocaleString("ja-JP")}件は変更の必要がありませんでした`);
  return parts.join("。");
}

/** One change applied to the ticked customers, or to every match of the filter. */
export function BulkBar({
  target,
  count,
  lists,
  onDone,
}: {
  target: BulkTarget;
  count: number;
  lists: CustomerSettingsLists;
  onDone: () => void;
}) {
  const router = useRouter();
  const [kind, setKind] = useState<Kind>("addTag");
  const options = choices(kind, lists);
  const [value, setValue] = useState("");
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ tone: "success" | "error"; text: string; refused?: BulkResult["refused"] } | null>(null);
  const chosen = options.some((o) => o.value === value) ? value : (options[0]?.value ?? "");

  const run = () => {
    if (!chosen) return;
    const label = KINDS.find((k) => k.kind === kind)!.label;
    if (
      target.kind === "filter" &&
      !window.confirm(
        `絞り込み結果の全${count.toLocaleString("ja-JP")}件に「${label}: ${options.find((o) => o.value === chosen)?.label}」を適用しますか？`,
      )
    )
      return;
    startTransition(async () => {
      const result = await bulkUpdateCustomersAction({ target, operation: operation(kind, chosen) }).catch(() => null);
      if (!result?.ok || !result.data) {
        setOutcome({ tone: "error", text: result && !result.ok && result.formError ? result.formError : "サーバーに接続できませんでした" });
        return;
      }
      setOutcome({ tone: result.data.refused ? "error" : "success", text: summary(result.data), refused: result.data.refused });
      onDone();
      router.refresh();
    });
  };

  return (
    <div className="space-y-2 border-b border-brand-200 bg-brand-50 px-3 py-3" role="region" aria-label="一括操作">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-semibold text-brand-900">{count.toLocaleString("ja-JP")}件を選択中</span>
        <select aria-label="一括操作の種類" className={selectClass} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
        <select aria-label="一括操作の値" className={selectClass} value={chosen} onChange={(e) => setValue(e.target.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <Button size="sm" onClick={run} disabled={pending || !chosen}>
          {pending ? "適用中…" : "適用"}
        </Button>
      </div>
      {outcome && (
        <Alert tone={outcome.tone}>
          <p>{outcome.text}</p>
          {outcome.refused && (
            <p className="mt-1">
              {outcome.refused.count.toLocaleString("ja-JP")}件は{outcome.refused.reason}:{" "}
              {outcome.refused.sample.map((c) => `${c.name} 様`).join("、")}
              {outcome.refused.count > outcome.refused.sample.length && " ほか"}
            </p>
          )}
        </Alert>
      )}
    </div>
  );
}
