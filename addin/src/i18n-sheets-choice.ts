/**
 * The Check tab's words for rosters read from several sheets (issue 9, item 7): the sheets Sapa finds,
 * the sheets it read, and the choice between all roster sheets and one of them.
 */
export const en = {
  sheetAuto: "Sheets holding the roster (Sapa finds them)",
  readingSheetRows: "Reading “{sheet}”: {done} of {total} rows",
  sheetChosen: "Read “{sheet}”: of the workbook's sheets it holds the most roster rows.",
  sheetsRead: "Read as one roster from {count} sheets, teachers: {teachers}. Sheets: {sheets}.",
  sheetWithTeachers: "“{sheet}” ({teachers})",
  sheetQuoted: "“{sheet}”",
  sheetIsOrganisation: "On sheets without an organisation column, the sheet's name is the organisation.",
  sheetsChoice: "Several sheets hold a roster under the same header. Read:",
  sheetsChoiceAll: "all {count} sheets as one roster (teachers: {teachers})",
  sheetsChoiceOne: "only “{sheet}” (teachers: {teachers})",
  highlightedSheets: "Problem cells are highlighted on the sheets {sheets}.",
};

export const kk: typeof en = {
  sheetAuto: "Тізім бар парақтар (Sapa өзі табады)",
  readingSheetRows: "«{sheet}» оқылуда: {total} жолдың {done}",
  sheetChosen: "«{sheet}» парағы оқылды: кітаптың парақтарының ішінде тізім жолдары ең көп осында.",
  sheetsRead: "{count} парақтан бір тізім ретінде {teachers} педагог оқылды: {sheets}.",
  sheetWithTeachers: "«{sheet}» ({teachers})",
  sheetQuoted: "«{sheet}»",
  sheetIsOrganisation: "Ұйым бағаны жоқ парақтарда парақтың атауы — ұйымның атауы.",
  sheetsChoice: "Бірнеше парақта бірдей тақырып жолымен тізім бар. Оқу:",
  sheetsChoiceAll: "барлық {count} парақ бір тізім ретінде ({teachers} педагог)",
  sheetsChoiceOne: "тек «{sheet}» парағы ({teachers} педагог)",
  highlightedSheets: "Мәселелі ұяшықтар мына парақтарда белгіленді: {sheets}.",
};

export const ru: typeof en = {
  sheetAuto: "Листы со списком (Sapa найдёт сам)",
  readingSheetRows: "Чтение листа «{sheet}»: {done} из {total} строк",
  sheetChosen: "Прочитан лист «{sheet}»: среди листов книги на нём больше всего строк списка.",
  sheetsRead: "Прочитано как один список с листов ({count}), педагогов: {teachers}. Листы: {sheets}.",
  sheetWithTeachers: "«{sheet}» ({teachers})",
  sheetQuoted: "«{sheet}»",
  sheetIsOrganisation: "На листах без столбца организации организация — это название листа.",
  sheetsChoice: "Список с одинаковыми заголовками есть на нескольких листах. Читать:",
  sheetsChoiceAll: "все листы ({count}) как один список (педагогов: {teachers})",
  sheetsChoiceOne: "только лист «{sheet}» (педагогов: {teachers})",
  highlightedSheets: "Ячейки с замечаниями выделены на листах: {sheets}.",
};
