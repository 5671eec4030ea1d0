import { foldText, isSpaceCode } from "./cells.ts";

// Control characters (pasted from other systems) count as whitespace here.
// eslint-disable-next-line no-control-regex
const WHITESPACE_RUN = /[\s\u200b-\u200d\u2060\u0000-\u001f]+/g;

/** True when the text has whitespace other than single inner spaces (a loop: names are collapsed by the 100,000). */
function needsCollapse(text: string): boolean {
  const last = text.length - 1;
  let previousSpace = true;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (!isSpaceCode(code)) {
      previousSpace = false;
      continue;
    }
    if (code !== 32 || previousSpace || i === last) return true;
    previousSpace = true;
  }
  return false;
}

/** Whitespace collapsed the way a person reads a name: NBSP, tabs and line breaks become one space, ends trimmed. */
export function collapseWhitespace(text: string): string {
  return needsCollapse(text) ? text.replace(WHITESPACE_RUN, " ").trim() : text;
}

const QUOTES = /["'`«»“”„‟‘’‚‛]/g;
// "№ 1", "N1", "N 1", "No. 1", "№1" → "№1"; the letter must start a word so "ГККП N1" works but "ясли-сад1" is left alone.
const NUMBER_SIGN = /№\s*(\d)/g;
const LATIN_NUMBER_SIGN = /(^|[\s(,-])n[oо]?\.?\s*(\d)/g;
const EDGE_PUNCTUATION = /^[\s.,;:!?()-]+|[\s.,;:!?()-]+$/g;

/**
 * The identity of an organisation inside its district: case, quotes, whitespace, Kazakh-letter spellings
 * and the way "№ 1" is written do not matter; "ГККП «Ясли-сад № 5»" and "гккп ясли-сад №5" are one key.
 */
export function organizationKey(name: string): string {
  return foldText(name.replace(QUOTES, " "))
    .replace(NUMBER_SIGN, "№$1")
    .replace(LATIN_NUMBER_SIGN, "$1№$2")
    .replace(EDGE_PUNCTUATION, "")
    .replace(/ {2,}/g, " ");
}
