const grouped = new Intl.NumberFormat("ja-JP", { maximumFractionDigits: 0 });

/**
 * Whole yen as DESIGN asks: ¥1,234,000 with the half-width sign. Intl's ja-JP currency
 * format writes the full-width ￥, which differs between browsers and Node.
 */
export function formatYen(amount: number): string {
  return `${amount < 0 ? "-" : ""}¥${grouped.format(Math.abs(amount))}`;
}
