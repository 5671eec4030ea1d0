import type { Lang, Localized } from "../types.ts";

/** Values a `{name}` placeholder can take; a Localized value is read in the template's language. */
export type TemplateValue = string | number | Localized | null | undefined;
/** Placeholder values by name, or a function that looks a name up (undefined leaves `{name}` as written). */
export type TemplateParams = Readonly<Record<string, TemplateValue>> | ((name: string) => TemplateValue);

/** A template split into text and placeholder names: odd indexes are names ("a {b} c" → ["a ", "b", " c"]). */
const compiled = new Map<string, readonly string[]>();

function compile(template: string): readonly string[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  return parts;
}

/**
 * Fills `{name}` placeholders of a template in `lang` (the only template filler of shared, cli and addin).
 * A missing value leaves the placeholder as written, so a forgotten parameter shows instead of vanishing.
 */
export function fillTemplate(template: string, params: TemplateParams, lang: Lang = "en"): string {
  const parts = compile(template);
  const lookup = typeof params === "function" ? params : (name: string) => params[name];
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const v = lookup(name);
    out +=
      (v === undefined || v === null ? `{${name}}` : typeof v === "object" ? v[lang] : String(v)) +
      parts[i + 1]!;
  }
  return out;
}

/** A catalogue of texts in kk, ru and en, keyed by K, with `{name}` placeholders. */
export interface Catalogue<K extends string> {
  /** The text for `key` in `lang`, placeholders filled. */
  text(key: K, lang: Lang, params?: TemplateParams): string;
  /** The text in all three languages (for messages raised before the language is known). */
  localized(key: K, params?: TemplateParams): Localized;
  /** Whether `key` is in the catalogue. */
  has(key: string): key is K;
}

/**
 * Wraps texts keyed by name (each a Localized) as a typed catalogue: one lookup and one filler for every
 * catalogue of the project (CLI messages, the pane's words, labels).
 */
export function defineCatalogue<K extends string>(entries: Readonly<Record<K, Localized>>): Catalogue<K> {
  return {
    text: (key, lang, params = {}) => fillTemplate(entries[key][lang], params, lang),
    localized: (key, params = {}) => ({
      kk: fillTemplate(entries[key].kk, params, "kk"),
      ru: fillTemplate(entries[key].ru, params, "ru"),
      en: fillTemplate(entries[key].en, params, "en"),
    }),
    has: (key): key is K => Object.hasOwn(entries, key),
  };
}

/**
 * Turns per-language tables of texts (`{ kk: {a: …}, ru: {a: …}, en: {a: …} }`, each complete) into a
 * catalogue keyed like them.
 */
export function catalogueByLanguage<K extends string>(
  tables: Readonly<Record<Lang, Readonly<Record<K, string>>>>,
): Catalogue<K> {
  const entries = Object.fromEntries(
    (Object.keys(tables.en) as K[]).map((key) => [
      key,
      { kk: tables.kk[key], ru: tables.ru[key], en: tables.en[key] },
    ]),
  ) as Record<K, Localized>;
  return defineCatalogue(entries);
}
