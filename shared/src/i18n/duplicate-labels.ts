import type { Localized } from "../types.ts";

/** Labels of the cross-district duplicates tables (issue 11 §3), spread into LABELS. */
export const DUPLICATE_LABELS = {
  crossDistrictDuplicates: {
    kk: "Бірнеше ауданның тізімінде бар педагогтер",
    ru: "Педагоги, которые есть в списках нескольких районов",
    en: "Teachers listed in two or more districts",
  },
  person: { kk: "Педагог №", ru: "Педагог №", en: "Teacher no." },
  rosterRow: { kk: "Тізімдегі жол", ru: "Строка в списке", en: "Row in the roster" },
  rosterRowShort: { kk: "Жол", ru: "Строка", en: "Row" },
  duplicateReading: {
    kk: "Аудандардың тізімдері қалай оқылды",
    ru: "Как прочитаны списки районов",
    en: "How the districts' lists were read",
  },
  rowsRead: { kk: "Жолдар", ru: "Строк", en: "Rows" },
  rowsMatched: {
    kk: "ЖСН бойынша салыстырылды",
    ru: "Сравнено по ИИН",
    en: "Compared by ИИН",
  },
  rowsMatchedShort: { kk: "Салыстырылды", ru: "Сравнено", en: "Compared" },
  rowsWithoutIin: {
    kk: "ЖСН жоқ (салыстыруға болмайды)",
    ru: "Без ИИН (сравнить нельзя)",
    en: "No ИИН (cannot be compared)",
  },
  rowsWithoutIinShort: { kk: "ЖСН жоқ", ru: "Без ИИН", en: "No ИИН" },
  rowsNotOpened: {
    kk: "Ашылмаған жолдар (өзгертілген болуы мүмкін)",
    ru: "Не открылись (возможно, изменены)",
    en: "Did not open (possibly altered)",
  },
  rowsNotOpenedShort: { kk: "Ашылмады", ru: "Не открылись", en: "Not opened" },
  rowsNotOpenedList: { kk: "Ашылмаған жолдар нөмірі", ru: "Номера неоткрытых строк", en: "Rows not opened" },
} as const satisfies Record<string, Localized>;
