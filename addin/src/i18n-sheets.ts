/** The pane's words for the region's organisations and trend sheets (spread into the catalogue in i18n.ts). */
const en = {
  regionSheetsWritten:
    "Also written: “{organizations}” (organisations: {count}) and “{trend}” (the plan's years side by side).",
  writingSheet: "Writing “{sheet}”: {done} of {total} rows…",
  trendNoChart: "This Excel cannot draw charts: “{sheet}” holds the figures without the chart.",
  groupsSheetWritten: "“{sheet}”: the figures of the groups of organisations ({count}).",
  attestationSheetWritten: "“{sheet}”: teachers due for attestation ({count}).",
};

const kk: typeof en = {
  regionSheetsWritten:
    "Сондай-ақ жазылды: «{organizations}» ({count} ұйым) және «{trend}» (жоспар жылдары қатар).",
  writingSheet: "«{sheet}» жазылуда: {total} жолдың {done}…",
  trendNoChart: "Бұл Excel диаграмма сала алмайды: «{sheet}» парағында көрсеткіштер диаграммасыз.",
  groupsSheetWritten: "«{sheet}»: ұйымдар топтарының көрсеткіштері ({count}).",
  attestationSheetWritten: "«{sheet}»: аттестаттаудан өтетін педагогтер ({count}).",
};

const ru: typeof en = {
  regionSheetsWritten:
    "Также записаны: «{organizations}» (организаций: {count}) и «{trend}» (годы плана рядом).",
  writingSheet: "Запись «{sheet}»: {done} из {total} строк…",
  trendNoChart: "Этот Excel не умеет строить диаграммы: на листе «{sheet}» показатели без диаграммы.",
  groupsSheetWritten: "«{sheet}»: показатели групп организаций ({count}).",
  attestationSheetWritten: "«{sheet}»: педагоги, подлежащие аттестации ({count}).",
};

export const SHEETS_STRINGS = { en, kk, ru };
