import type { Lang, Localized } from "@sapa/shared";
import { safeSheetName } from "./sheet-names.ts";

/** Names of the sheets Sapa creates (each ≤ 31 characters, none of : \ / ? * [ ]). */
const TITLES = {
  summary: { kk: "Sapa — қорытынды", ru: "Sapa — итоги", en: "Sapa — summary" },
  receipts: { kk: "Sapa — жіберілген", ru: "Sapa — отправки", en: "Sapa — submissions" },
  lists: { kk: "Sapa — тізімдер", ru: "Sapa — списки", en: "Sapa — lists" },
  roster: { kk: "Педагогтер тізімі", ru: "Список педагогов", en: "Teachers" },
} satisfies Record<string, Localized>;

export type SheetKind = keyof typeof TITLES;

/** The sheet name Sapa uses for this kind of sheet in this language. */
export function sheetTitle(kind: SheetKind, lang: Lang): string {
  return safeSheetName(TITLES[kind][lang]);
}
