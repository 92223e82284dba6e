import "server-only";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/shared/database-messages";

// A self-contained page (no scripts, no stylesheet to fetch): it is served while the app
// cannot render anything that needs the database, by proxy.ts, before any React runs.
const html = `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>データベースに接続できません | 顧客管理</title>
<style>
body{margin:0;min-height:100dvh;display:flex;align-items:center;justify-content:center;background:#f8fafc;color:#0f172a;font-family:system-ui,"Hiragino Sans","Noto Sans CJK JP","Yu Gothic",sans-serif}
main{max-width:32rem;padding:2rem 1.5rem;text-align:center}
h1{font-size:1.25rem;margin:0 0 .75rem;text-wrap:balance}
p{font-size:.875rem;line-height:1.7;color:#475569;margin:0;text-wrap:pretty}
a{display:inline-block;margin-top:1.5rem;padding:.5rem 1.25rem;border:1px solid #cbd5e1;border-radius:.375rem;background:#fff;color:#0f172a;font-size:.875rem;text-decoration:none}
</style>
</head>
<body>
<main>
<h1>${DATABASE_UNAVAILABLE_MESSAGE}</h1>
<p>データベースが停止しているか、再起動中です。入力中の内容は保存されていません。復旧すると、このページを再読み込みすれば続きから使えます。</p>
<a href="">再読み込み</a>
</main>
</body>
</html>
`;

/** 503 with Retry-After, never cached: a proxy or browser must not keep the outage. */
export function databaseUnavailablePage(): Response {
  return new Response(html, {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "5" },
  });
}
