const FORBIDDEN = /[:\\/?*[\]]/g;
/** Excel's limit on a sheet name's length. */
export const MAX_SHEET_NAME = 31;

/** A name Excel accepts for a sheet: no : \ / ? * [ ], no apostrophe at either end, at most 31 characters. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(FORBIDDEN, " ").replace(/\s+/g, " ").trim();
  const cut = Array.from(cleaned).slice(0, MAX_SHEET_NAME).join("").trim();
  return cut.replace(/^'+|'+$/g, "") || "Sapa";
}

/** `base`, or `base (2)`, `base (3)`… whichever is not taken (Excel compares names case-insensitively). */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLocaleLowerCase()));
  const first = safeSheetName(base);
  if (!used.has(first.toLocaleLowerCase())) return first;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const stem = Array.from(first)
      .slice(0, MAX_SHEET_NAME - suffix.length)
      .join("")
      .trimEnd();
    const candidate = stem + suffix;
    if (!used.has(candidate.toLocaleLowerCase())) return candidate;
  }
}
