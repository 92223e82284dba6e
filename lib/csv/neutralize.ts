import "server-only";

// OWASP CSV injection: a spreadsheet runs a cell starting with one of these as a formula
// (=HYPERLINK(…), +cmd|…, @SUM(…)); tab and carriage return can hide such a start.
// Full-width ＝＋－＠ too: cheap defence in depth, in case a spreadsheet folds full-width
// forms (common in Japanese input) to ASCII.
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/**
 * Prefixes a single quote so that a spreadsheet shows the text instead of running it. The
 * quote stays visible in the cell; that is the documented trade-off of this defence.
 */
export function neutralizeCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
