import { catalogueByLanguage, type Lang, type TemplateParams } from "@sapa/shared";

/** The words only Sapa on the web says: opening a roster file, its preview, the downloads. */
const en = {
  webOpenTitle: "Roster file",
  webOpenHint:
    "Open the roster file (.xlsx, .xlsm or a UTF-8 .csv): drop it here or pick it. Sapa only reads it: the file is never changed, fixes are made in your own spreadsheet program.",
  webPick: "Open a file…",
  webPickerType: "Teachers' roster",
  webDropHere: "Drop the roster file here",
  webOpened: "Opened: {file}",
  webReadAt: "read at {time}",
  webCheckAgain: "Check again",
  webCheckAgainHint:
    "Fixed something in the file? Save it, then check again: this browser reads the same file again.",
  webAskAgainHint:
    "Fixed something in the file? Save it, then check again: this browser cannot read a file twice, so pick it once more.",
  webNoFile: "No roster file is open yet: open one first (Check tab).",
  webUnknownSheet: "The file has no sheet “{sheet}”: open the file again or pick another sheet.",
  webNoRosterTemplate: "On the web Sapa does not create a roster sheet: use the roster you keep.",
  webSapaWorkbook:
    "“{file}” is a workbook Sapa wrote (its summary, candidates, receipts or report), not the teachers' roster: open the roster file you keep.",
  webPreviewTitle: "Preview of “{sheet}” (read-only)",
  webPreviewLabel: "Read-only preview of the roster sheet",
  webPreviewEmpty: "The preview shows the roster file once it is open.",
  webPreviewCell: "Cell {cell} on “{sheet}”",
  webPreviewSheets: "Sheets of the file",
  webDownloadTitle: "Sapa workbook",
  webDownloadHint:
    "Download Sapa's workbook to keep beside the roster: the summary, the candidates and the receipts of what was sent.",
  webDownload: "Download the Sapa workbook",
  webDownloaded: "Downloaded “{file}”: sheets {sheets}.",
  webNothingToDownload: "Nothing to download yet: check a roster first.",
  webReportTitle: "Consolidated report",
  webReportDownload: "Download the consolidated report",
  webReportHint:
    "The same workbook the pane and the command line write: summary, districts, organisations, attestation, stages, groups, candidates. With the region's key open (Settings), names are opened.",
  webTrendTitle: "Stages by year",
  webTrendLoad: "Show the trend",
  webTrendLabel: "Chart: the region's awards share by academic year against the stage's band",
  webTrendActual: "awards share, region",
  webTrendNoData: "no data",
  webWorkbench: "The regional centre's workbench",
} as const;

type WebKey = keyof typeof en;

const kk: Record<WebKey, string> = {
  webOpenTitle: "Тізім файлы",
  webOpenHint:
    "Педагогтер тізімінің файлын ашыңыз (.xlsx, .xlsm немесе UTF-8 .csv): осында сүйреп әкеліңіз немесе таңдаңыз. Sapa оны тек оқиды: файл өзгертілмейді, түзетулер өз кесте бағдарламаңызда жасалады.",
  webPick: "Файлды ашу…",
  webPickerType: "Педагогтер тізімі",
  webDropHere: "Тізім файлын осында тастаңыз",
  webOpened: "Ашылды: {file}",
  webReadAt: "{time} оқылды",
  webCheckAgain: "Қайта тексеру",
  webCheckAgainHint:
    "Файлда бірдеңе түзеттіңіз бе? Сақтаңыз да, қайта тексеріңіз: бұл браузер сол файлды қайта оқиды.",
  webAskAgainHint:
    "Файлда бірдеңе түзеттіңіз бе? Сақтаңыз да, қайта тексеріңіз: бұл браузер файлды екі рет оқи алмайды, сондықтан оны тағы бір рет таңдаңыз.",
  webNoFile: "Тізім файлы әлі ашылмаған: алдымен оны ашыңыз («Тексеру» қойындысы).",
  webUnknownSheet: "Файлда «{sheet}» парағы жоқ: файлды қайта ашыңыз немесе басқа парақты таңдаңыз.",
  webNoRosterTemplate: "Вебте Sapa тізім парағын жасамайды: өзіңіз жүргізетін тізімді пайдаланыңыз.",
  webSapaWorkbook:
    "«{file}» — Sapa жазған кітап (қорытынды, үміткерлер, түбіртектер немесе есеп), педагогтер тізімі емес: өзіңіз жүргізетін тізім файлын ашыңыз.",
  webPreviewTitle: "«{sheet}» алдын ала көрінісі (тек оқу)",
  webPreviewLabel: "Тізім парағының алдын ала көрінісі (тек оқу)",
  webPreviewEmpty: "Тізім файлы ашылғанда оның көрінісі осында шығады.",
  webPreviewCell: "«{sheet}» парағындағы {cell} ұяшығы",
  webPreviewSheets: "Файлдың парақтары",
  webDownloadTitle: "Sapa кітабы",
  webDownloadHint:
    "Sapa кітабын жүктеп алып, тізімнің қасында сақтаңыз: қорытынды, үміткерлер және жіберілгеннің түбіртектері.",
  webDownload: "Sapa кітабын жүктеп алу",
  webDownloaded: "«{file}» жүктелді: {sheets} парақтары.",
  webNothingToDownload: "Жүктейтін әлі ештеңе жоқ: алдымен тізімді тексеріңіз.",
  webReportTitle: "Жиынтық есеп",
  webReportDownload: "Жиынтық есепті жүктеп алу",
  webReportHint:
    "Тақта мен пәрмен жолы жазатын сол кітап: қорытынды, аудандар, ұйымдар, аттестаттау, кезеңдер, топтар, үміткерлер. Облыс кілті ашық болса (Баптаулар), аты-жөндер ашылады.",
  webTrendTitle: "Жылдар бойынша кезеңдер",
  webTrendLoad: "Динамиканы көрсету",
  webTrendLabel:
    "Диаграмма: облыстың оқу жылдары бойынша санат алғандар үлесі және кезеңнің мақсатты аралығы",
  webTrendActual: "санат алғандар үлесі, облыс",
  webTrendNoData: "деректер жоқ",
  webWorkbench: "Облыстық әдістемелік орталықтың жұмыс орны",
};

const ru: Record<WebKey, string> = {
  webOpenTitle: "Файл списка",
  webOpenHint:
    "Откройте файл списка педагогов (.xlsx, .xlsm или .csv в UTF-8): перетащите его сюда или выберите. Sapa только читает его: файл не меняется, исправления делаются в вашей программе электронных таблиц.",
  webPick: "Открыть файл…",
  webPickerType: "Список педагогов",
  webDropHere: "Перетащите файл списка сюда",
  webOpened: "Открыт: {file}",
  webReadAt: "прочитан {time}",
  webCheckAgain: "Проверить снова",
  webCheckAgainHint:
    "Исправили что-то в файле? Сохраните его и проверьте снова: этот браузер прочитает тот же файл ещё раз.",
  webAskAgainHint:
    "Исправили что-то в файле? Сохраните его и проверьте снова: этот браузер не читает файл дважды, поэтому выберите его ещё раз.",
  webNoFile: "Файл списка ещё не открыт: сначала откройте его (вкладка «Проверка»).",
  webUnknownSheet: "В файле нет листа «{sheet}»: откройте файл снова или выберите другой лист.",
  webNoRosterTemplate: "В браузере Sapa не создаёт лист списка: используйте список, который вы ведёте.",
  webSapaWorkbook:
    "«{file}» — книга, которую записала Sapa (итоги, кандидаты, квитанции или отчёт), а не список педагогов: откройте файл списка, который вы ведёте.",
  webPreviewTitle: "Просмотр листа «{sheet}» (только чтение)",
  webPreviewLabel: "Просмотр листа списка (только чтение)",
  webPreviewEmpty: "Когда файл списка открыт, здесь виден его лист.",
  webPreviewCell: "Ячейка {cell} на листе «{sheet}»",
  webPreviewSheets: "Листы файла",
  webDownloadTitle: "Книга Sapa",
  webDownloadHint:
    "Скачайте книгу Sapa и храните её рядом со списком: итоги, кандидаты и квитанции отправленного.",
  webDownload: "Скачать книгу Sapa",
  webDownloaded: "Скачан «{file}»: листы {sheets}.",
  webNothingToDownload: "Скачивать пока нечего: сначала проверьте список.",
  webReportTitle: "Сводный отчёт",
  webReportDownload: "Скачать сводный отчёт",
  webReportHint:
    "Та же книга, что пишут панель и командная строка: итоги, районы, организации, аттестация, этапы, группы, кандидаты. Если ключ области открыт (Настройки), ФИО открыты.",
  webTrendTitle: "Этапы по годам",
  webTrendLoad: "Показать динамику",
  webTrendLabel: "Диаграмма: доля получивших категорию по области по учебным годам и целевой диапазон этапа",
  webTrendActual: "доля получивших категорию, область",
  webTrendNoData: "нет данных",
  webWorkbench: "Рабочее место областного методического центра",
};

/** The web's words in each language (the guides in docs/ are held to them: test/guides.test.ts). */
export const WEB_WORDS = { kk, ru, en } as const;

const WORDS = catalogueByLanguage<WebKey>(WEB_WORDS);

/** A translator of the web's own words: `tw("webOpened", { file })`. */
export function webTranslator(lang: Lang) {
  return (key: WebKey, vars: TemplateParams = {}): string => WORDS.text(key, lang, vars);
}

export type WebTranslate = ReturnType<typeof webTranslator>;
export type { WebKey };
