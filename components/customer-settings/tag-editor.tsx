"use client";

import { Tags } from "lucide-react";
import { useState } from "react";
import { SettingForm } from "./setting-form";
import { SettingListLayout } from "./setting-list-layout";
import { SettingRow } from "./setting-row";
import { TagDeleteDialog, type DeleteTagAction } from "./tag-delete-dialog";
import type { CreateSettingAction, Notice, SettingItem, UpdateSettingAction } from "./types";

type Props = {
  items: SettingItem[];
  actions: { create: CreateSettingAction; update: UpdateSettingAction; remove: DeleteTagAction };
};

/** 設定 > タグ: tags by name (no order to keep), and the add form. */
export function TagEditor({ items, actions }: Props) {
  const [notice, setNotice] = useState<Notice | null>(null);

  return (
    <SettingListLayout
      label="タグ"
      count={items.length}
      notice={notice}
      EmptyIcon={Tags}
      list={
        <ul className="divide-y divide-slate-100" aria-label="タグ一覧">
          {items.map((item) => (
            <SettingRow
              key={item.id}
              item={item}
              label="タグ"
              update={actions.update}
              onNotice={setNotice}
              deleteDialog={(dialog) => <TagDeleteDialog {...dialog} item={item} remove={actions.remove} onNotice={setNotice} />}
            />
          ))}
        </ul>
      }
      addLead="タグはいくつでも作れます。1人の顧客に付けられるのは5個までです。"
      addForm={
        <SettingForm
          label="タグ"
          idPrefix="add"
          title="タグを追加"
          defaultValues={{ name: "", color: "blue" }}
          submitLabel="追加"
          action={actions.create}
          onSaved={(values) => setNotice({ text: `タグ「${values.name}」を追加しました`, visible: true })}
        />
      }
    />
  );
}
