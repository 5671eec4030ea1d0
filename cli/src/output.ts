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
    align?.[i] ??
    (rows.length > 0 && rows.every((row) => typeof row[i] === "number" || row[i] == null) ? "right" : "left");
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

/** A heading line underlined for the terminal. */
export function heading(title: string): string {
  return `${title}\n${"═".repeat(width(title))}`;
}
