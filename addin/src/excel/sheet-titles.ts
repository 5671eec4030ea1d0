import type { Lang, Localized } from "@sapa/shared";
import { safeSheetName } from "./sheet-names.ts";

/**
 * Names of the sheets the pane creates for the user (each ≤ 31 characters, none of : \ / ? * [ ]); the
 * sheets Sapa writes its figures to are named with their descriptions in @sapa/shared.
 */
const TITLES = {
  lists: { kk: "Sapa — тізімдер", ru: "Sapa — списки", en: "Sapa — lists" },
  roster: { kk: "Педагогтер тізімі", ru: "Список педагогов", en: "Teachers" },
} satisfies Record<string, Localized>;

export type SheetKind = keyof typeof TITLES;

/** The sheet name Sapa uses for this kind of sheet in this language. */
export function sheetTitle(kind: SheetKind, lang: Lang): string {
  return safeSheetName(TITLES[kind][lang]);
}
