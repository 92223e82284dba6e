import type { ImportJobView } from "@/lib/imports/jobs";

export const formatCount = (n: number) => n.toLocaleString("ja-JP");

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} バイト`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const STATE_LABELS: Record<ImportJobView["state"], string> = {
  uploading: "アップロード中",
  uploaded: "列の対応待ち",
  validating: "確認中",
  validated: "確認済み(未登録)",
  committing: "登録中",
  done: "完了",
  failed: "失敗",
  cancelled: "中止",
  interrupted: "中断",
};
