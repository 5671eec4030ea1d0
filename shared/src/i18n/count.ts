import type { Lang } from "../types.ts";

// A module of its own, depending on nothing else: the pane's first screen groups its counts with it without
// loading the label tables.

// One formatter per locale: making an Intl.NumberFormat costs far more than formatting with it.
const COUNT_FORMATS: Partial<Record<Lang, Intl.NumberFormat>> = {};

/**
 * A count with thousands grouped, the same on every surface (pane, web, terminal): "12 345" in Kazakh and
 * Russian (a no-break space), "12,345" in English. Kazakh groups by the Russian locale's rule, so a browser
 * or Node without Kazakh locale data writes it the same.
 */
export function formatCount(value: number, lang: Lang): string {
  const format = (COUNT_FORMATS[lang] ??= new Intl.NumberFormat(lang === "en" ? "en-US" : "ru-RU"));
  return format.format(value);
}
