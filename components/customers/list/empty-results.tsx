import { SearchX, UserPlus } from "lucide-react";
import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";

/** Says why the list is empty and offers the way forward. */
export function EmptyResults({
  filtered,
  onClear,
  beyondLastPage,
}: {
  filtered: boolean;
  onClear: () => void;
  beyondLastPage?: () => void;
}) {
  return (
    <div className="flex flex-col items-center gap-3 px-6 py-14 text-center">
      <SearchX aria-hidden className="size-10 text-slate-300" />
      {beyondLastPage ? (
        <>
          <p className="font-medium text-slate-800">このページには顧客がありません</p>
          <p className="text-sm text-slate-500">件数が多いときの合計は概算のため、最後のページが空になることがあります。</p>
          <Button variant="secondary" onClick={beyondLastPage}>
            最初のページへ
          </Button>
        </>
      ) : filtered ? (
        <>
          <p className="font-medium text-slate-800">条件に一致する顧客は見つかりませんでした</p>
          <p className="text-sm text-slate-500">条件を減らすか、キーワードをひらがな・カタカナ・漢字で変えてお試しください。</p>
          <Button variant="secondary" onClick={onClear}>
            条件をすべてクリア
          </Button>
        </>
      ) : (
        <>
          <p className="font-medium text-slate-800">まだ顧客が登録されていません</p>
          <p className="text-sm text-slate-500">最初の顧客を登録すると、ここに一覧で表示されます。</p>
          <Link href="/customers/new" className={buttonClass("primary")}>
            <UserPlus aria-hidden className="size-4" />
            顧客を追加
          </Link>
        </>
      )}
    </div>
  );
}
