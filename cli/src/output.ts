import type { Lang } from "@sapa/shared";

export type Align = "left" | "right";

/** Display width of a text (code points; Kazakh and Russian letters are one column each). */
function width(text: string): number {
  return [...text].length;
}

/**
 * A plain-text table with a header rule, columns padded to their widest cell. Numbers are right-aligned
 * unless `align` says otherwise.
 */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
  align?: readonly Align[],
): string {
  const cells = rows.map((row) => headers.map((_, i) => text(row[i])));
  const widths = headers.map((h, i) => Math.max(width(h), ...cells.map((row) => width(row[i]!))));
  const alignOf = (i: number): Align =>
    align?.[i] ?? (rows.length > 0 && rows.every((row) => typeof row[i] === "number" || row[i] == null) ? "right" : "left");
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => {
        const pad = " ".repeat(widths[i]! - width(cell));
        return alignOf(i) === "right" ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  return [line(headers), widths.map((w) => "─".repeat(w)).join("  "), ...cells.map(line)].join("\n");
}

function text(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  return String(value);
}

/** A fraction as a percentage with the decimal separator of the language (kk/ru comma, en point). */
export function formatPercent(fraction: number, lang: Lang, digits = 2): string {
  if (!Number.isFinite(fraction)) return "—";
  const fixed = (fraction * 100).toFixed(digits);
  return `${lang === "en" ? fixed : fixed.replace(".", ",")}%`;
}

/** Percentage points with a sign, e.g. "+3,20 п.п." / "+3.20 pp". */
export function formatPoints(points: number, lang: Lang): string {
  if (!Number.isFinite(points)) return "—";
  const fixed = points.toFixed(2);
  const signed = points > 0 ? `+${fixed}` : fixed;
  const unit = lang === "en" ? "pp" : lang === "ru" ? "п.п." : "п.т.";
  return `${lang === "en" ? signed : signed.replace(".", ",")} ${unit}`;
}

/** A heading line underlined for the terminal. */
export function heading(title: string): string {
  return `${title}\n${"═".repeat(width(title))}`;
}
