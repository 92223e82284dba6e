"use client";

import { FileUp } from "lucide-react";
import { useRef, useState, type DragEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/lib/shared/cn";
import type { ImportJobView } from "@/lib/imports/jobs";
import type { ImportKind } from "@/lib/imports/model";
import { MAX_IMPORT_BYTES } from "@/lib/imports/model";
import { formatBytes } from "./format";
import { ProgressBar } from "./progress-bar";

/** Sends the file as the raw request body; XMLHttpRequest, because fetch cannot report upload progress. */
function send(kind: ImportKind, file: File, onProgress: (percent: number) => void): Promise<ImportJobView> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/imports?kind=${kind}&name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.floor((e.loaded / e.total) * 100));
    xhr.onload = () => {
      if (xhr.status === 201) resolve(JSON.parse(xhr.responseText) as ImportJobView);
      else reject(new Error(xhr.responseText || "アップロードできませんでした"));
    };
    xhr.onerror = () => reject(new Error("サーバーに接続できませんでした。通信環境を確認してもう一度お試しください。"));
    xhr.send(file);
  });
}

/** Step 1: a drop zone that is also a button, so a keyboard or a phone can pick the file. */
export function UploadStep({ kind, onUploaded }: { kind: ImportKind; onUploaded: (job: ImportJobView) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function upload(file: File | undefined) {
    if (!file || progress) return;
    setError(null);
    if (file.size > MAX_IMPORT_BYTES) {
      setError(
        `「${file.name}」は ${formatBytes(file.size)} あります。100 MB までの CSV ファイルを選んでください(大きなファイルは分けてインポートしてください)。`,
      );
      return;
    }
    setProgress({ name: file.name, percent: 0 });
    try {
      onUploaded(await send(kind, file, (percent) => setProgress({ name: file.name, percent })));
    } catch (e) {
      setError(e instanceof Error ? e.message : "アップロードできませんでした");
    } finally {
      setProgress(null);
      if (input.current) input.current.value = "";
    }
  }

  function drop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    void upload(e.dataTransfer.files[0]);
  }

  return (
    <Card className="space-y-4 p-4 sm:p-6">
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        className={cn(
          "flex flex-col items-center gap-3 rounded-xl border-2 border-dashed px-4 py-10 text-center transition-colors",
          dragging ? "border-brand-500 bg-brand-50" : "border-slate-300 bg-slate-50",
        )}
      >
        <FileUp aria-hidden className="size-10 text-slate-400" />
        {progress ? (
          <div className="w-full max-w-md space-y-2">
            <p className="text-sm text-slate-700">「{progress.name}」をアップロードしています…</p>
            <ProgressBar percent={progress.percent} label="アップロード" />
          </div>
        ) : (
          <>
            <p className="hidden text-sm text-slate-700 sm:block">CSV ファイルをここにドラッグ&ドロップ、または</p>
            <Button onClick={() => input.current?.click()}>ファイルを選択</Button>
            <p className="text-xs text-slate-500">
              100 MB まで。文字コード(UTF-8 / Shift_JIS)は自動で判定します。1行目は見出しにしてください。
            </p>
          </>
        )}
        <input
          ref={input}
          type="file"
          accept=".csv,.txt,text/csv"
          className="sr-only"
          tabIndex={-1}
          aria-label="CSV ファイル"
          onChange={(e) => void upload(e.target.files?.[0])}
        />
      </div>
      {error && <Alert>{error}</Alert>}
    </Card>
  );
}
