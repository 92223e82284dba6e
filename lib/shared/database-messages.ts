/** What every page, action and route says while PostgreSQL cannot be reached. */
export const DATABASE_UNAVAILABLE_MESSAGE = "データベースに接続できません。しばらくしてから再度お試しください";

/** A statement that ran past `statement_timeout` (db/client.ts). */
export const STATEMENT_TIMEOUT_MESSAGE = "処理に時間がかかりすぎたため中止しました。条件を絞るか、しばらくしてから再度お試しください";
