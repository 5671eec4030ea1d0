import type { Lang, Localized } from "@sapa/shared";

/** What went wrong and what to do, per OfficeExtension.Error code. */
const MESSAGES: Record<string, Localized> = {
  InvalidArgument: {
    kk: "Excel сұрауды қабылдамады (қате мекенжай немесе мән). Парақ атауын және ұяшықтарды тексеріп, қайталаңыз.",
    ru: "Excel отклонил запрос (неверный адрес или значение). Проверьте имя листа и ячейки и повторите.",
    en: "Excel rejected the request (bad address or value). Check the sheet name and cells, then try again.",
  },
  ItemNotFound: {
    kk: "Парақ немесе ұяшық табылмады: ол өшірілген не атауы өзгерген болуы мүмкін. Парақ тізімін жаңартып, қайта таңдаңыз.",
    ru: "Лист или ячейка не найдены: возможно, лист удалён или переименован. Обновите список листов и выберите снова.",
    en: "The sheet or cell was not found; it may have been deleted or renamed. Refresh the sheet list and pick it again.",
  },
  ItemAlreadyExists: {
    kk: "Осындай атаулы парақ бар. Оны өшіріңіз немесе атауын өзгертіп, қайталаңыз.",
    ru: "Лист с таким именем уже есть. Удалите или переименуйте его и повторите.",
    en: "A sheet with that name already exists. Delete or rename it and try again.",
  },
  AccessDenied: {
    kk: "Кітап қорғалған немесе тек оқуға ашылған. Қорғауды алып, өңдеуге ашыңыз да, қайталаңыз.",
    ru: "Книга защищена или открыта только для чтения. Снимите защиту, откройте для редактирования и повторите.",
    en: "The workbook is protected or read-only. Unprotect it, open it for editing and try again.",
  },
  InvalidOperation: {
    kk: "Excel бұл әрекетті қазір орындай алмайды (мысалы, парақ жасырын немесе қорғалған). Парақты ашып, қайталаңыз.",
    ru: "Excel не может выполнить это сейчас (например, лист скрыт или защищён). Откройте лист и повторите.",
    en: "Excel cannot do this right now (for example the sheet is hidden or protected). Unhide the sheet and try again.",
  },
  RequestPayloadSizeLimitExceeded: {
    kk: "Деректер бір сұрауға тым көп. Парақтағы бос жолдар мен бағандарды өшіріп, қайталаңыз.",
    ru: "Слишком много данных для одного запроса. Удалите пустые строки и столбцы на листе и повторите.",
    en: "Too much data for one request. Delete empty rows and columns on the sheet and try again.",
  },
  ResponsePayloadSizeLimitExceeded: {
    kk: "Деректер бір сұрауға тым көп. Парақтағы бос жолдар мен бағандарды өшіріп, қайталаңыз.",
    ru: "Слишком много данных для одного запроса. Удалите пустые строки и столбцы на листе и повторите.",
    en: "Too much data for one request. Delete empty rows and columns on the sheet and try again.",
  },
  ApiNotFound: {
    kk: "Бұл Excel нұсқасы бұл мүмкіндікті қолдамайды. Excel-ді жаңартыңыз немесе браузердегі Excel-ді пайдаланыңыз.",
    ru: "Эта версия Excel не поддерживает эту функцию. Обновите Excel или воспользуйтесь Excel в браузере.",
    en: "This version of Excel does not support this feature. Update Excel or use Excel on the web.",
  },
  EditModeCannotAcquire: {
    kk: "Excel ұяшықты өңдеу режимінде. Enter немесе Esc басып, қайталаңыз.",
    ru: "Excel в режиме редактирования ячейки. Нажмите Enter или Esc и повторите.",
    en: "Excel is editing a cell. Press Enter or Esc, then try again.",
  },
  Conflict: {
    kk: "Кітапты басқа біреу бір уақытта өзгертті. Біраз күтіп, қайталаңыз.",
    ru: "Книгу одновременно изменил кто-то другой. Подождите немного и повторите.",
    en: "Someone else changed the workbook at the same time. Wait a moment and try again.",
  },
  ActivityLimitReached: {
    kk: "Excel сұраулар шегіне жетті. Бір минут күтіп, қайталаңыз.",
    ru: "Excel достиг лимита запросов. Подождите минуту и повторите.",
    en: "Excel hit its request limit. Wait a minute and try again.",
  },
  ServiceNotAvailable: {
    kk: "Excel қызметі уақытша қолжетімсіз. Біраз күтіп, қайталаңыз.",
    ru: "Служба Excel временно недоступна. Подождите и повторите.",
    en: "The Excel service is temporarily unavailable. Wait and try again.",
  },
  GeneralException: {
    kk: "Excel-де күтпеген қате болды. Кітапты сақтап, қосымшаны қайта ашып, қайталаңыз.",
    ru: "В Excel произошла непредвиденная ошибка. Сохраните книгу, откройте надстройку заново и повторите.",
    en: "Excel hit an unexpected error. Save the workbook, reopen the add-in and try again.",
  },
};
MESSAGES.Unauthenticated = MESSAGES.AccessDenied!;
MESSAGES.UnsupportedOperation = MESSAGES.ApiNotFound!;
MESSAGES.NotImplemented = MESSAGES.ApiNotFound!;
MESSAGES.RequestAborted = MESSAGES.GeneralException!;
MESSAGES.InvalidReference = MESSAGES.ItemNotFound!;
MESSAGES.InvalidOperationInCellEditMode = MESSAGES.EditModeCannotAcquire!;
MESSAGES.InsertDeleteConflict = MESSAGES.InvalidOperation!;
MESSAGES.FilteredRangeConflict = MESSAGES.InvalidOperation!;

const UNKNOWN: Localized = {
  kk: "Excel-мен жұмыс істегенде қате болды",
  ru: "Ошибка при работе с Excel",
  en: "Something went wrong while working with Excel",
};

/**
 * A part of the pane fetched on first use (a tab, the sheet writers, the crypto) that did not arrive: the
 * connection dropped, or Sapa was updated on the server while the pane stayed open and the old part is gone.
 * The browser's own words ("Failed to fetch dynamically imported module: https://…/assets/….js") say
 * neither, in English, and this is not Excel's doing.
 */
const PART_NOT_LOADED: Localized = {
  kk: "Sapa тақтасының бір бөлігі серверден жүктелмеді: байланыс үзілген немесе Sapa серверде жаңартылған. Интернетке қосылуды тексеріп, тақтаны жауып, Sapa-ны қайта ашыңыз.",
  ru: "Часть панели Sapa не загрузилась с сервера: прервалась связь или Sapa на сервере обновилась. Проверьте подключение к интернету, закройте панель и откройте Sapa снова.",
  en: "Part of the Sapa pane did not load from the server: the connection dropped or Sapa was updated there. Check the internet connection, close the pane and open Sapa again.",
};
/** Chromium, Firefox, Safari and Vite's preloader, when a module fetched on demand fails. */
const PART_NOT_LOADED_TEXT =
  /dynamically imported module|Importing a module script failed|Unable to preload CSS|error loading dynamically/i;

/** The error's OfficeExtension code, or null for anything that did not come from Office. */
export function officeErrorCode(error: unknown): string | null {
  if (error && typeof error === "object" && "code" in error && typeof error.code === "string")
    return error.code;
  return null;
}

/** A message for the user in their language saying what happened in Excel and what to do about it. */
export function officeErrorMessage(error: unknown, lang: Lang): string {
  const code = officeErrorCode(error);
  const known = code ? MESSAGES[code] : undefined;
  if (known) return known[lang];
  if (error instanceof Error && PART_NOT_LOADED_TEXT.test(error.message)) return PART_NOT_LOADED[lang];
  const detail = error instanceof Error && error.message ? `: ${error.message}` : "";
  return `${UNKNOWN[lang]}${detail}${code ? ` (${code})` : ""}.`;
}
