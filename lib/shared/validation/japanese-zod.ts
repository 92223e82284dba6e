import { z } from "zod";

/**
 * zod's own messages in Japanese, installed once for every schema of the app. zod keeps its
 * configuration on globalThis, so every bundle (pages, actions, instrumentation) sees it.
 * A whole input of the wrong shape (a string where an object belongs: a hand-made or cut
 * request) gets a sentence a user can act on rather than zod's type names.
 */
const japanese = z.locales.ja();

z.config({
  localeError: (issue) => {
    if (issue.code === "invalid_type" && !issue.path?.length)
      return "送信された内容の形式が正しくありません。ページを再読み込みしてもう一度お試しください";
    if (issue.code === "invalid_type") return "値の形式が正しくありません";
    return japanese.localeError(issue);
  },
});

export const JAPANESE_ZOD_INSTALLED = true;
