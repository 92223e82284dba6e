// Page and batch sizes, free of database imports so that client components can use them.

/** 対象者のプレビュー: enough to check the criteria picked the right people. */
export const PREVIEW_SIZE = 20;
export const CAMPAIGN_PAGE_SIZE = 30;
export const TARGET_PAGE_SIZE = 50;
/** A4 label sheets of 2 columns × 6 rows (the common 12面 address label). */
export const LABELS_PER_SHEET = 12;
/** Labels per printed batch: 100 sheets keep one page light enough for any browser to print. */
export const LABELS_PER_BATCH = 1200;
