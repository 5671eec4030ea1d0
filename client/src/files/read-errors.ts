import { defineCatalogue, type Localized, type TemplateParams } from "@sapa/shared";

/**
 * What the reader says about a file it cannot read, in kk, ru and en: one message per kind (password,
 * .xls, .ods, empty, cut short, not a spreadsheet, not UTF-8), each saying what the file is and what to do.
 * `{file}` is the name the caller gave (the CLI's path, the browser's file name).
 */
const READ_MESSAGES = {
  "file-unreadable": {
    kk: "Файлды Excel кітабы (.xlsx) ретінде оқу мүмкін болмады: {file} ({reason}). Файлды Excel-де ашып, .xlsx пішімінде қайта сақтаңыз.",
    ru: "Не удалось прочитать файл как книгу Excel (.xlsx): {file} ({reason}). Откройте его в Excel и сохраните в формате .xlsx.",
    en: "Could not read the file as an Excel workbook (.xlsx): {file} ({reason}). Open it in Excel and save it as .xlsx.",
  },
  "file-empty": {
    kk: "Файл бос (0 байт): {file}. Ол сақталмай қалған немесе толық көшірілмеген. Кестені Excel-де қайта сақтап, қайталап көріңіз.",
    ru: "Файл пустой (0 байт): {file}. Он не был сохранён или скопирован не полностью. Сохраните таблицу в Excel заново и попробуйте ещё раз.",
    en: "The file is empty (0 bytes): {file}. It was not saved or not copied completely. Save the table in Excel once more and try again.",
  },
  "file-truncated": {
    kk: "Файл толық емес (соңы жоқ): {file}. Ол толық жүктелмеген немесе көшірілмеген. Түпнұсқа файлды қайта алыңыз немесе Excel-де қайта сақтаңыз.",
    ru: "Файл обрезан (нет его конца): {file}. Он скачан или скопирован не полностью. Возьмите исходный файл ещё раз или заново сохраните его в Excel.",
    en: "The file is cut short (its end is missing): {file}. It was not downloaded or copied completely. Get the original file again or save it again in Excel.",
  },
  "file-password": {
    kk: "Файл құпия сөзбен қорғалған: {file}. Құпия сөзді алып тастаңыз: Excel-де ашып, Файл → Мәліметтер → Кітапты қорғау → Құпия сөзбен шифрлау, құпия сөзді өшіріп, сақтаңыз. Жай қайта сақтау құпия сөзді қалдырады.",
    ru: "Файл защищён паролем: {file}. Снимите пароль: откройте его в Excel, Файл → Сведения → Защита книги → Зашифровать с использованием пароля, сотрите пароль и сохраните. Простое пересохранение пароль не снимает.",
    en: "The file is protected by a password: {file}. Remove the password: open it in Excel, File → Info → Protect Workbook → Encrypt with Password, clear the password and save. Saving it again as it is keeps the password.",
  },
  "file-legacy-xls": {
    kk: "Бұл ескі Excel 97-2003 (.xls) файлы: {file}. Оны Excel-де ашып, Файл → Басқаша сақтау → «Excel кітабы (*.xlsx)» арқылы сақтаңыз.",
    ru: "Это файл старого формата Excel 97-2003 (.xls): {file}. Откройте его в Excel и сохраните через Файл → Сохранить как → «Книга Excel (*.xlsx)».",
    en: "This is an old Excel 97-2003 (.xls) file: {file}. Open it in Excel and save it with File → Save As → “Excel Workbook (*.xlsx)”.",
  },
  "file-ods": {
    kk: "Бұл OpenDocument (.ods) кестесі: {file}. Оны LibreOffice немесе Excel-де ашып, «Excel 2007-365 (.xlsx)» пішімінде сақтаңыз.",
    ru: "Это таблица OpenDocument (.ods): {file}. Откройте её в LibreOffice или Excel и сохраните в формате «Excel 2007-365 (.xlsx)».",
    en: "This is an OpenDocument (.ods) spreadsheet: {file}. Open it in LibreOffice or Excel and save it as “Excel 2007-365 (.xlsx)”.",
  },
  "file-csv-not-utf8": {
    kk: "CSV файлы UTF-8 кодтауында емес: {file}. Excel-дің жай «CSV» пішімі Windows-1251 кодтауында сақталады, онда ә, ғ, қ, ң, ө, ұ, ү, һ әріптері жоқ, сондықтан аты-жөндердегі бұл әріптер жоғалады. Түпнұсқа кестені (осы CSV-ді емес) Excel-де ашып, «Excel кітабы (*.xlsx)» ретінде сақтаңыз; Excel 2019 және одан жаңасы «CSV UTF-8 (үтірмен бөлінген)» пішімінде де сақтай алады.",
    ru: "Файл CSV не в кодировке UTF-8: {file}. Простой «CSV» Excel сохраняет в кодировке Windows-1251, где нет букв ә, ғ, қ, ң, ө, ұ, ү, һ, поэтому эти буквы в ФИО теряются. Откройте исходную таблицу (не этот CSV) в Excel и сохраните её как «Книга Excel (*.xlsx)»; Excel 2019 и новее может сохранить и «CSV UTF-8 (разделитель — запятая)».",
    en: "The CSV file is not in UTF-8: {file}. Excel's plain “CSV” is saved in Windows-1251, which has no ә, ғ, қ, ң, ө, ұ, ү, һ, so these letters in names are lost. Open the original table (not this CSV) in Excel and save it as “Excel Workbook (*.xlsx)”; Excel 2019 and later can also save “CSV UTF-8 (Comma delimited)”.",
  },
  "file-not-spreadsheet": {
    kk: "Бұл кесте файлы емес: {file}. Excel кітабын (.xlsx) немесе UTF-8 CSV файлын беріңіз.",
    ru: "Это не файл таблицы: {file}. Укажите книгу Excel (.xlsx) или файл CSV в кодировке UTF-8.",
    en: "This is not a spreadsheet file: {file}. Choose an Excel workbook (.xlsx) or a UTF-8 CSV file.",
  },
  "unknown-sheet": {
    kk: "Кітапта «{sheet}» парағы жоқ. Бар парақтар: {sheets}.",
    ru: "В книге нет листа «{sheet}». Есть листы: {sheets}.",
    en: "The workbook has no sheet “{sheet}”. Its sheets: {sheets}.",
  },
  "empty-workbook": {
    kk: "Кітапта бірде-бір парақ жоқ: {file}.",
    ru: "В книге нет ни одного листа: {file}.",
    en: "The workbook has no sheets: {file}.",
  },
} satisfies Record<string, Localized>;

export type FileReadErrorCode = keyof typeof READ_MESSAGES;

const messages = defineCatalogue(READ_MESSAGES);

/** A file the reader cannot read as a roster: which kind of failure, and what to tell the user. */
export class FileReadError extends Error {
  readonly code: FileReadErrorCode;
  readonly text: Localized;

  constructor(code: FileReadErrorCode, params: TemplateParams) {
    const text = messages.localized(code, params);
    super(text.en);
    this.name = "FileReadError";
    this.code = code;
    this.text = text;
  }
}
