import type { CellValue, Lang } from "../types.ts";

/**
 * Letters that sheets mix up: Kazakh letters typed on a Russian keyboard (ғ → г, "Барлыгы"), ё/е, and Latin
 * look-alikes pasted into Cyrillic words. Matching folds both the sheet text and the synonym lists the same
 * way, so a folded form is only ever compared with another folded form.
 */
const FOLD_MAP: Record<string, string> = {
  ё: "е",
  ә: "а",
  ғ: "г",
  қ: "к",
  ң: "н",
  ө: "о",
  ұ: "у",
  ү: "у",
  һ: "х",
  і: "и",
  i: "и",
  a: "а",
  c: "с",
  e: "е",
  o: "о",
  p: "р",
  x: "х",
  y: "у",
  k: "к",
  m: "м",
  t: "т",
  b: "в",
  h: "н",
};
const FOLD_CHARS = /[ёәғқңөұүһіiaceopxykmtbh]/g;
const DASHES = /[\u2010-\u2015\u2212\u00ad]/g;
// Control characters (pasted from other systems) count as whitespace here.
// eslint-disable-next-line no-control-regex
const SPACES = /[\s\u200b-\u200d\u2060\u0000-\u001f]+/g;
const SPACED_DASH = / ?- ?/g;

/**
 * The form a text is matched in: lower case, Kazakh letters and Latin look-alikes folded to Russian ones,
 * every dash a hyphen without spaces around it, whitespace (line breaks, NBSP) collapsed, trimmed.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(FOLD_CHARS, (ch) => FOLD_MAP[ch] ?? ch)
    .replace(DASHES, "-")
    .replace(SPACES, " ")
    .replace(SPACED_DASH, "-")
    .trim();
}

/** `foldText` with every space, dash, dot, comma, slash, bracket and quote removed: "Педагог - модератор." → "педагогмодератор". */
export function compactText(text: string): string {
  return foldText(text).replace(/[\s\-.,/\\()[\]"'«»“”„`’‘:;*_]+/g, "");
}

/** A memo for a pure string function: categories and education repeat thousands of times in a roster. */
export function memoise<T>(fn: (text: string) => T, limit = 4096): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = fn(text);
    if (text.length <= 200) {
      if (cache.size >= limit) cache.clear();
      cache.set(text, value);
    }
    return value;
  };
}

/** True for the whitespace characters sheets carry: ASCII space and controls, NBSP, the Unicode spaces, zero-width ones, BOM. */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** True when a cell holds nothing a person could have meant: null, an empty or whitespace-only string. */
export function isBlankCell(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  // A plain loop: this runs on every cell of every row.
  for (let i = 0; i < value.length; i++) if (!isSpaceCode(value.charCodeAt(i))) return false;
  return true;
}

/**
 * TRUE and FALSE as Excel writes them in each language's interface: Kazakh Excel shows АҚИҚАТ/ЖАЛҒАН,
 * Russian ИСТИНА/ЛОЖЬ. The core reads every one of them as yes or no when a sheet holds it as text, and the
 * web preview shows a boolean cell in the user's language with the same word.
 */
export const EXCEL_BOOLEANS: Readonly<Record<Lang, { readonly true: string; readonly false: string }>> = {
  kk: { true: "АҚИҚАТ", false: "ЖАЛҒАН" },
  ru: { true: "ИСТИНА", false: "ЛОЖЬ" },
  en: { true: "TRUE", false: "FALSE" },
};

/** A cell as text for messages and free-text fields: numbers and booleans spelled out, strings untouched. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return value ? "TRUE" : "FALSE";
}

/** Text for a problem's `value`: the cell as text, cut to a length a message can carry. */
export function problemValue(value: CellValue | undefined): string | null {
  const text = typeof value === "number" ? String(value) : cellText(value);
  if (text.length === 0) return null;
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
