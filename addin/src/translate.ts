import { fillTemplate, formatRegionTime, type Lang, type TemplateParams } from "@sapa/shared";
import type { PaneKey, PaneStrings } from "./i18n.ts";

export type { PaneKey, PaneStrings };

/** The languages whose words are in memory: the pane loads only the one it speaks (issue 19, item 7). */
const loaded: Partial<Record<Lang, PaneStrings>> = {};

/** Puts a language's words in memory (i18n.ts does it for all three in Node: tests, benches). */
export function registerWords(lang: Lang, words: PaneStrings): void {
  loaded[lang] = words;
}

/** Each language is a chunk of its own in the pane's build (the plugin in vite.config.ts writes it). */
const LOADERS: Record<Lang, () => Promise<{ default: PaneStrings }>> = {
  kk: () => import("virtual:pane-words/kk"),
  ru: () => import("virtual:pane-words/ru"),
  en: () => import("virtual:pane-words/en"),
};

/** Loads a language's words once; the pane awaits it before it speaks that language. */
export async function loadWords(lang: Lang): Promise<void> {
  if (!loaded[lang]) loaded[lang] = (await LOADERS[lang]()).default;
}

/** A translator for one language: `t("headerRow", { row: 3 })`; its words must have been loaded. */
export function translator(lang: Lang) {
  const words = loaded[lang];
  if (!words) throw new Error(`The pane's ${lang} words are not loaded (loadWords first).`);
  return (key: PaneKey, vars: TemplateParams = {}): string => fillTemplate(words[key], vars, lang);
}

export type Translate = ReturnType<typeof translator>;

// Counts, dates and timestamps as the region writes them (one definition each, shared with the CLI).
export { formatCount, formatDate, formatRegionTime } from "@sapa/shared";

/**
 * A moment in the pane (the outbox, a receipt): Aktobe time, "22.11.2026 08:57", in every language and
 * whatever the computer's time zone, as the sheets, the CLI and the server's answers show it (one clock).
 */
export function formatTime(iso: string, _lang?: Lang): string {
  return formatRegionTime(iso);
}
