import type { Lang } from "@sapa/shared";

/**
 * Excel in Kazakh and Russian locales splits CSV on ";" and reads "," as the decimal mark; in English on ","
 * and ".". The CSV follows the language so a double-click opens it in columns with numbers as numbers.
 */
function separatorsFor(lang: Lang) {
  return lang === "en" ? { field: ",", decimal: "." } : { field: ";", decimal: "," };
}

function cell(value: string | number | null, sep: { field: string; decimal: string }): string {
  if (value === null) return "";
  const text = typeof value === "number" ? String(value).replace(".", sep.decimal) : value;
  // Every text here is ours (names, ids, dates): quoting is for separators, not formulas. A decimal comma
  // under ";" stays unquoted, so every Excel reads it as a number.
  return text.includes(sep.field) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A table as CSV for Excel: UTF-8 with a byte-order mark, CRLF lines, separators by language; null is empty. */
export function csvText(rows: readonly (readonly (string | number | null)[])[], lang: Lang): string {
  const sep = separatorsFor(lang);
  return "\uFEFF" + rows.map((r) => r.map((v) => cell(v, sep)).join(sep.field)).join("\r\n") + "\r\n";
}
