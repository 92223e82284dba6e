import "server-only";
import { formatDateTime } from "@/lib/shared/format";
import { CSV_CHARSET, type CsvEncoding } from "./encode";

/** customers-20261125-1530.csv: the Tokyo time of the export, so repeated downloads sort. */
export function csvFileName(baseName: string, now: Date = new Date()): string {
  const digits = formatDateTime(now).replace(/\D/g, ""); // 2026/11/25 15:30 → 202611251530
  return `${baseName}-${digits.slice(0, 8)}-${digits.slice(8)}.csv`;
}

/**
 * RFC 6266 with an RFC 5987 filename* beside a plain ASCII fallback: browsers that know
 * filename* take the exact name, and no character of the name can break out of the header.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function csvDownloadHeaders(fileName: string, encoding: CsvEncoding): Headers {
  return new Headers({
    "Content-Type": `text/csv; charset=${CSV_CHARSET[encoding]}`,
    "Content-Disposition": attachmentDisposition(fileName),
    // Customer data: never kept by a shared proxy or the browser cache.
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
}
