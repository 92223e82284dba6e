/** Every feature flag of the product. Settings list them in this order. */
export const FEATURES = {
  organizations: {
    label: "顧客組織",
    description:
      "会社などの単位で顧客をまとめ、組織内メンバの報告書や予定を一つの対応履歴で確認できます。無効にしても登録済みの組織と所属は保持されます。",
    defaultEnabled: false,
  },
} as const satisfies Record<string, { label: string; description: string; defaultEnabled: boolean }>;

export type FeatureKey = keyof typeof FEATURES;

export const FEATURE_KEYS = Object.keys(FEATURES) as FeatureKey[];

export function isFeatureKey(value: string): value is FeatureKey {
  return Object.hasOwn(FEATURES, value);
}
