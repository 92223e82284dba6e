"use client";

import { Bookmark, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createSavedViewAction, deleteSavedViewAction } from "@/lib/customers/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { selectClass } from "@/components/ui/select-field";
import { SheetDialog } from "@/components/ui/sheet-dialog";
import { TextField } from "@/components/ui/text-field";
import { isFilterEmpty, type CustomerFilter } from "@/lib/customers/model/filter";
import type { SavedView } from "@/lib/customers/saved-views";

type Props = { views: SavedView[]; filter: CustomerFilter; me: { id: number; role: string }; onApply: (filter: CustomerFilter) => void };

/** 保存した検索条件: pick one to apply it; name the current filter to share it with the team. */
export function SavedViewsMenu({ views, filter, me, onApply }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (action: () => Promise<{ ok: boolean; formError?: string; fieldErrors?: Record<string, string[]> }>, after: () => void) =>
    startTransition(async () => {
      setError(null);
      const result = await action().catch(() => null);
      if (result?.ok) {
        after();
        router.refresh();
      } else setError(result?.fieldErrors?.name?.[0] ?? result?.formError ?? "サーバーに接続できませんでした");
    });

  return (
    <>
      <select
        aria-label="保存した検索条件"
        className={`${selectClass} w-0 min-w-0 flex-1 sm:w-auto sm:max-w-48 sm:flex-none`}
        value=""
        onChange={(e) => {
          const view = views.find((v) => v.id === Number(e.target.value));
          if (view) onApply(view.filter);
        }}
      >
        <option value="">{views.length ? "保存した条件…" : "保存した条件なし"}</option>
        {views.map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
          </option>
        ))}
      </select>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        <Bookmark aria-hidden className="size-4" />
        <span className="hidden lg:inline">条件を保存</span>
        <span className="sr-only lg:hidden">条件を保存</span>
      </Button>
      <SheetDialog open={open} onClose={() => setOpen(false)} title="検索条件の保存">
        <div className="space-y-5">
          {error && <Alert>{error}</Alert>}
          {isFilterEmpty(filter) ? (
            <p className="text-sm text-slate-600">保存する条件がありません。先に絞り込みやキーワードを指定してください。</p>
          ) : (
            <form
              className="space-y-3"
              onSubmit={(e) => {
                e.preventDefault();
                run(
                  () => createSavedViewAction({ name, filter }),
                  () => setName(""),
                );
              }}
            >
              <TextField
                label="名前"
                value={name}
                onChange={(e) => setName(e.target.value)}
                maxLength={50}
                placeholder="例: Aランク 新築 商談中"
                required
              />
              <p className="text-xs text-slate-500">保存した条件はチーム全員の一覧に表示されます。</p>
              <Button type="submit" disabled={pending || !name.trim()}>
                {pending ? "保存中…" : "現在の条件を保存"}
              </Button>
            </form>
          )}
          {views.length > 0 && (
            <div>
              <h3 className="mb-2 text-sm font-semibold text-slate-600">保存済み</h3>
              <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
                {views.map((v) => (
                  <li key={v.id} className="flex items-center gap-2 px-3 py-2 text-sm">
                    <span className="min-w-0 flex-1 truncate">{v.name}</span>
                    <span className="shrink-0 text-xs text-slate-500">{v.createdByName ?? "―"}</span>
                    {(v.createdBy === me.id || me.role === "admin") && (
                      <button
                        type="button"
                        aria-label={`「${v.name}」を削除`}
                        className="grid size-9 place-items-center rounded-md text-slate-400 hover:bg-red-50 hover:text-red-600"
                        onClick={() =>
                          run(
                            () => deleteSavedViewAction({ id: v.id }),
                            () => undefined,
                          )
                        }
                      >
                        <Trash2 aria-hidden className="size-4" />
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </SheetDialog>
    </>
  );
}
