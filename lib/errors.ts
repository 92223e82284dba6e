import "server-only";

/**
 * Expected failures: their message is Japanese and safe to show to the user as is.
 * Anything else that escapes a server action is masked and logged with an id.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export class UnauthenticatedError extends DomainError {
  constructor() {
    super("ログインしてください。セッションの有効期限が切れた可能性があります。");
    this.name = "UnauthenticatedError";
  }
}

export class ForbiddenError extends DomainError {
  constructor() {
    super("この操作を行う権限がありません。管理者にお問い合わせください。");
    this.name = "ForbiddenError";
  }
}

export class FeatureDisabledError extends DomainError {
  constructor(readonly featureLabel: string) {
    super(`「${featureLabel}」機能は無効になっています。設定 > 全般 > 機能 で有効にしてください。`);
    this.name = "FeatureDisabledError";
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(`${what}が見つかりません。削除された可能性があります。`);
    this.name = "NotFoundError";
  }
}

export class StaleEditError extends DomainError {
  constructor(what: string) {
    super(
      `${what}は他のユーザーによって更新されています。入力内容は残してありますので、ページを再読み込みして最新の内容を確認してから、もう一度保存してください。`,
    );
    this.name = "StaleEditError";
  }
}
