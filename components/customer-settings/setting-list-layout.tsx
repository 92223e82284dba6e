import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import type { SettingLabel } from "@/lib/customer-settings/model/inputs";
import { NoticeArea } from "./notice-area";
import type { Notice } from "./types";

type Props = {
  label: SettingLabel;
  count: number;
  notice: Notice | null;
  error?: string | null;
  EmptyIcon: LucideIcon;
  /** The rows (an <ol> or <ul> of SettingRow); not rendered while the list is empty. */
  list: ReactNode;
  addLead?: string;
  addForm: ReactNode;
};

/** The frame of each 顧客の分類 page: the list (or its empty state) beside the add form. */
export function SettingListLayout({ label, count, notice, error, EmptyIcon, list, addLead, addForm }: Props) {
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem] lg:items-start">
      <section aria-labelledby="list-heading">
        <h2 id="list-heading" className="mb-2 text-sm font-semibold text-slate-500">
          {label}一覧({count})
        </h2>
        <NoticeArea notice={notice} error={error} />
        {count === 0 ? (
          <Card className="flex flex-col items-center px-6 py-12 text-center">
            <EmptyIcon aria-hidden className="mb-3 size-10 text-slate-300" />
            <p className="font-medium">{label}はまだありません</p>
            <p className="mt-1 text-sm text-slate-600">
              「{label}を追加」から最初の{label}を作成してください。
            </p>
          </Card>
        ) : (
          <Card>{list}</Card>
        )}
      </section>
      <Card className="p-5">
        <h2 className={addLead ? "mb-1 font-bold" : "mb-4 font-bold"}>{label}を追加</h2>
        {addLead && <p className="mb-4 text-sm text-slate-600">{addLead}</p>}
        {addForm}
      </Card>
    </div>
  );
}
