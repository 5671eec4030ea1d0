import { FIELD_KEYS, FIELD_NAMES, SEVERITY_NAMES, type FieldKey, type Lang } from "@sapa/shared";
import { SHEETS_STRINGS } from "./i18n-sheets.ts";
import * as region from "./i18n-region.ts";
import * as keys from "./i18n-keys.ts";
import * as sheetsChoice from "./i18n-sheets-choice.ts";
import * as candidates from "./i18n-candidates.ts";
import * as pull from "./i18n-pull.ts";

/**
 * The roster's column names as the shared core names them (FIELD_NAMES), copied into each language's words
 * when the pane is built: the Check tab's column choice says them without loading the shared catalogue of
 * every label in three languages at start-up (issue 19, item 7). One source, shared/src/i18n/problems.ts.
 */
function fieldWords(lang: Lang) {
  return Object.fromEntries(
    FIELD_KEYS.map((field) => [`field_${field}`, FIELD_NAMES[field][lang]]),
  ) as Record<`field_${FieldKey}`, string>;
}

/**
 * The task pane's own words (tabs, buttons, hints, what to do after a server error). Category and education
 * names, table labels and problem messages come from the shared core's i18n, never from here; texts are
 * filled by the shared template filler.
 */
export const en = {
  appTitle: "Sapa",
  tabCheck: "Check",
  tabFigures: "Figures",
  tabSubmit: "Submit",
  tabNewRoster: "New roster",
  tabSettings: "Settings",
  tabsLabel: "Sapa sections",
  outsideOfficeTitle: "Open Sapa inside Excel",
  outsideOfficeBody:
    "This page is Sapa's task pane. It works only inside Excel (on the web, Windows or Mac): add the add-in from manifest.xml, then press Sapa on the Home tab.",
  officeMissingBody: "Office.js could not be loaded. Check the internet connection and open the pane again.",
  notExcelBody: "Sapa works in Excel only. Open your roster workbook in Excel and start Sapa there.",
  dismiss: "Close",
  loading: "Loading…",
  // Check
  sheet: "Sheet",
  activeSheet: "Active sheet",
  checkSheet: "Check sheet",
  reading: "Reading the sheet…",
  readingRows: "Reading the sheet: {done} of {total} rows",
  headerRow: "Header row: {row}",
  readSummary: "Teachers on “{sheet}”: {teachers}",
  noRoster:
    "No roster found on this sheet: no row looks like a header with full name, organisation, education and category. Pick another sheet or create a new roster.",
  columns: "Columns",
  columnsHint: "If a column was recognised wrongly, pick the right one: the sheet is checked again at once.",
  columnNotFound: "not found",
  mappingChanged: "Column choice changed by you",
  resetMapping: "Reset columns",
  severity_error: SEVERITY_NAMES.error.en,
  severity_warning: SEVERITY_NAMES.warning.en,
  severity_info: SEVERITY_NAMES.info.en,
  show: "Show",
  all: "All",
  filterText: "Search problems",
  clearSearch: "Clear the search",
  noProblems: "No problems found.",
  noMatches: "Nothing matches the filter.",
  rowColumn: "Row {row}, column {column}",
  rowOnly: "Row {row}",
  problemsLabel: "Problems",
  problemsHint: "Arrow keys move through the list, Enter goes to the cell.",
  highlight: "Highlight in sheet",
  clearHighlights: "Clear highlights",
  highlighted: "Problem cells are highlighted on “{sheet}”.",
  highlightsCleared: "Highlights cleared; the cells look as before.",
  checkFirst: "Check the sheet first (Check tab).",
  emptyCheck: "Open the sheet with the teachers' roster and press “Check sheet”.",
  emptyCheckNoRoster: "No roster yet? Start one on a new sheet:",
  offerNewRoster: "New roster",
  goToCellManual:
    "Excel could not select the cell by itself: the sheet “{sheet}” is open, the problem is in cell {cell}.",
  // Figures
  figuresOf: "Figures of “{sheet}” on {date}",
  writeToWorkbook: "Write to workbook",
  written: "The summary sheet “{sheet}” is up to date.",
  stock: "Current composition",
  ppExplained:
    "pp = percentage points, the difference between two percentages: 30% against a target of 32.5% is 2.5 pp behind.",
  // Submit
  notSet: "not set",
  submit: "Check and submit",
  submitHint: "Sapa reads the sheet again, checks it and sends it to the region.",
  needSettings: "Choose the district and enter the access key in Settings first.",
  openSettings: "Open Settings",
  refusedTitle: "Not sent: the roster has errors ({n})",
  refusedBody: "Fix the errors below (or on the Check tab) and submit again.",
  stepReading: "Reading the sheet…",
  stepChecking: "Checking the roster…",
  stepPreparing: "Preparing the data (the ИИН is replaced by a key)…",
  stepSending: "Sending to the server…",
  stepRecording: "Recording the receipt in the workbook…",
  notPrepared: "The roster cannot be prepared for sending: {detail}",
  receiptTitle: "Received by the server: revision {revision}",
  receiptBody: "Received {time}. The server's figures:",
  receiptRecorded: "The receipt is recorded on the summary sheet.",
  receiptRecordedFile:
    "The receipt is in the Sapa workbook: “Download the Sapa workbook” saves it beside the roster.",
  outboxTitle: "Waiting to be sent: {n}",
  outboxPending: "Saved on this computer; Sapa retries automatically (next attempt {when}).",
  outboxBlocked: "Waiting for you: fix the cause below, then press Retry now.",
  outboxMemoryOnly: "Could not save a copy in the add-in's storage: keep the pane open until it is sent.",
  outboxEntry: "Rows: {rows}, {year}, saved {time}, attempts: {attempts}",
  retryNow: "Retry now",
  discard: "Discard",
  sentFromOutbox: "A waiting submission was delivered: revision {revision}.",
  // Server errors: what to do
  errNetwork:
    "No connection to the server. Check the internet connection and the server address in Settings, then try again.",
  submissionKept:
    "Not delivered yet: the submission is saved on this computer, and Sapa sends it by itself when the server answers (“Retry now” sends it at once).",
  err401:
    "The access key is missing, wrong, expired or revoked. Ask the regional methodical centre for a new access key and enter it in Settings.",
  err403:
    "This access key may not submit for this district. Check the district in Settings, or ask the region for your district's access key.",
  err409:
    "The server did not do this: it conflicts with what the server already holds. Read the server's message, then refresh and try again.",
  errForbiddenRole:
    "This access key does not allow this action. Check in Settings that the access key is the one for your role: your district's or the regional centre's.",
  errYearNotOpen:
    "The region does not take reports for this academic year. Check the report date in Settings: the academic year follows from it.",
  errRosterEmpty:
    "The roster lists no teachers. Choose the sheet that holds the teachers' roster and check it again.",
  errReportDateOutsideYear:
    "The report date is not a day of the academic year sent with it. Check the report date in Settings and submit again.",
  errBodyIncomplete:
    "The data did not arrive whole: the connection broke while sending. The submission is saved and will be sent again.",
  err422: "The server found errors in the roster. Fix them and submit again.",
  err413: "The roster is too large to send at once. Contact the regional methodical centre.",
  err429: "Too many requests. Wait a minute and try again.",
  err5xx:
    "The server is not available right now. Try again in a few minutes; if it persists, tell the regional methodical centre.",
  err400: "The server could not read the data. Update the add-in (reload the pane) and try again.",
  errOther: "The server refused the request ({status}).",
  serverSaid: "Server: {message}",
  // New roster
  newRosterIntro:
    "Creates a new sheet with the roster's headers, dropdown lists for category and education, date formats and a frozen header row.",
  headersLanguage: "Header language",
  noDropdowns:
    "This version of Excel cannot add dropdown lists (they need Excel 2019 or Microsoft 365): the sheet is created without them; Check still validates every cell.",
  createRoster: "Create roster sheet",
  rosterCreated: "The sheet “{sheet}” is ready: fill in one row per teacher.",
  // Settings
  serverUrl: "Server address",
  token: "Access key",
  tokenHint:
    "The access key (“token”) the regional methodical centre gave you. Kept in the add-in's storage on this computer, never in the workbook.",
  language: "Language",
  languageAuto: "As in Office",
  reportDateHint: "Empty = today. The academic year follows from it.",
  datePlaceholder: "dd.mm.yyyy",
  save: "Save",
  saved: "Settings saved.",
  testConnection: "Test connection",
  guideLink: "Sapa's guide",
  connectionOk: "Connected: the server accepts this access key for {district}.",
  connectionHealthOk: "The server answers.",
  invalidUrl: "Enter an https:// address.",
  dateOutsidePlan:
    "This date is in the academic year {year}, outside the plan's years ({from} – {to}): the region takes reports of it only if it has opened that year.",
  otherServer:
    "Sapa here works with the server it was opened from, {origin}. To work with another server, open Sapa from that server.",
  invalidDate: "Enter the date as dd.mm.yyyy, for example 31.05.2026.",
  // Region
  regionTitle: "Region",
  regionUser: "Regional methodical centre (no district)",
  firstRunTitle: "Who is using Sapa?",
  firstRunBody:
    "Choose your district, or the regional methodical centre. Sapa sends nothing until you choose.",
  firstRunPick: "District or regional centre",
  choose: "Choose…",
  firstRunContinue: "Continue",
  pullReport: "Pull consolidated report",
  reportPulled:
    "The consolidated report ({submitted} of {expected} units) is on “{sheet}” (by district) and “{summary}” (region).",
  host: "Excel API {version}",
  ...SHEETS_STRINGS.en,
  ...region.en,
  ...sheetsChoice.en,
  ...keys.en,
  ...candidates.en,
  ...pull.en,
  ...fieldWords("en"),
};

export type PaneStrings = typeof en;
export type PaneKey = keyof PaneStrings;

export const kk: PaneStrings = {
  appTitle: "Sapa",
  tabCheck: "Тексеру",
  tabFigures: "Көрсеткіштер",
  tabSubmit: "Жіберу",
  tabNewRoster: "Жаңа тізім",
  tabSettings: "Баптаулар",
  tabsLabel: "Sapa бөлімдері",
  outsideOfficeTitle: "Sapa-ны Excel ішінде ашыңыз",
  outsideOfficeBody:
    "Бұл бет — Sapa тақтасы. Ол тек Excel ішінде жұмыс істейді (веб, Windows немесе Mac): қосымшаны manifest.xml арқылы қосып, Басты қойындыдағы Sapa батырмасын басыңыз.",
  officeMissingBody: "Office.js жүктелмеді. Интернет байланысын тексеріп, тақтаны қайта ашыңыз.",
  notExcelBody: "Sapa тек Excel-де жұмыс істейді. Тізім кітабын Excel-де ашып, Sapa-ны сонда іске қосыңыз.",
  dismiss: "Жабу",
  loading: "Жүктелуде…",
  sheet: "Парақ",
  activeSheet: "Белсенді парақ",
  checkSheet: "Парақты тексеру",
  reading: "Парақ оқылуда…",
  readingRows: "Парақ оқылуда: {total} жолдың {done}",
  headerRow: "Тақырып жолы: {row}",
  readSummary: "«{sheet}» парағында {teachers} педагог",
  noRoster:
    "Бұл парақта тізім табылмады: аты-жөні, ұйым, білімі және санаты бар тақырып жолы жоқ. Басқа парақты таңдаңыз немесе жаңа тізім жасаңыз.",
  columns: "Бағандар",
  columnsHint: "Баған қате анықталса, дұрысын таңдаңыз: парақ бірден қайта тексеріледі.",
  columnNotFound: "табылмады",
  mappingChanged: "Бағандарды өзіңіз таңдадыңыз",
  resetMapping: "Бағандарды қалпына келтіру",
  severity_error: SEVERITY_NAMES.error.kk,
  severity_warning: SEVERITY_NAMES.warning.kk,
  severity_info: SEVERITY_NAMES.info.kk,
  show: "Көрсету",
  all: "Барлығы",
  filterText: "Мәселелерді іздеу",
  clearSearch: "Іздеуді тазалау",
  noProblems: "Мәселе табылмады.",
  noMatches: "Сүзгіге сәйкес ештеңе жоқ.",
  rowColumn: "{row}-жол, {column} бағаны",
  rowOnly: "{row}-жол",
  problemsLabel: "Мәселелер",
  problemsHint: "Тізімде бағыт пернелерімен жүріңіз, Enter ұяшыққа апарады.",
  highlight: "Парақта белгілеу",
  clearHighlights: "Белгілерді алу",
  highlighted: "Мәселелі ұяшықтар «{sheet}» парағында белгіленді.",
  highlightsCleared: "Белгілер алынды; ұяшықтар бұрынғы күйінде.",
  checkFirst: "Алдымен парақты тексеріңіз («Тексеру» қойындысы).",
  emptyCheck: "Педагогтер тізімі бар парақты ашып, «Парақты тексеру» батырмасын басыңыз.",
  emptyCheckNoRoster: "Тізім әлі жоқ па? Жаңа парақта бастаңыз:",
  offerNewRoster: "Жаңа тізім",
  goToCellManual: "Excel ұяшықты өзі таңдай алмады: «{sheet}» парағы ашық, мәселе {cell} ұяшығында.",
  figuresOf: "«{sheet}» көрсеткіштері, {date}",
  writeToWorkbook: "Кітапқа жазу",
  written: "«{sheet}» жиынтық парағы жаңартылды.",
  stock: "Қазіргі құрам",
  ppExplained:
    "п.т. — пайыздық тармақ, екі пайыздың айырмасы: мақсат 32,5% болғанда 30% көрсеткіш одан 2,5 п.т. артта.",
  notSet: "көрсетілмеген",
  submit: "Тексеріп жіберу",
  submitHint: "Sapa парақты қайта оқып, тексереді және облысқа жібереді.",
  needSettings: "Алдымен «Баптаулар» бөлімінде ауданды таңдап, кіру кілтін енгізіңіз.",
  openSettings: "Баптауларды ашу",
  refusedTitle: "Жіберілмеді: тізімде {n} қате бар",
  refusedBody: "Төмендегі (немесе «Тексеру» қойындысындағы) қателерді түзетіп, қайта жіберіңіз.",
  stepReading: "Парақ оқылуда…",
  stepChecking: "Тізім тексерілуде…",
  stepPreparing: "Деректер дайындалуда (ЖСН кілтпен ауыстырылады)…",
  stepSending: "Серверге жіберілуде…",
  stepRecording: "Түбіртек кітапқа жазылуда…",
  notPrepared: "Тізімді жіберуге дайындау мүмкін болмады: {detail}",
  receiptTitle: "Серверге жетті: {revision}-нұсқа",
  receiptBody: "Қабылданған уақыты: {time}. Сервер есептеген көрсеткіштер:",
  receiptRecorded: "Түбіртек жиынтық парағына жазылды.",
  receiptRecordedFile: "Түбіртек Sapa кітабында: «Sapa кітабын жүктеп алу» оны тізімнің қасына сақтайды.",
  outboxTitle: "Жіберуді күтуде: {n}",
  outboxPending: "Осы компьютерде сақталды; Sapa өзі қайта жібереді (келесі әрекет {when}).",
  outboxBlocked: "Сізді күтуде: төмендегі себепті түзетіп, «Қазір қайталау» батырмасын басыңыз.",
  outboxMemoryOnly: "Көшірмені қосымша қоймасына сақтау мүмкін болмады: жіберілгенше тақтаны жаппаңыз.",
  outboxEntry: "{rows} жол, {year}, сақталған уақыты {time}, әрекет саны: {attempts}",
  retryNow: "Қазір қайталау",
  discard: "Өшіру",
  sentFromOutbox: "Күтудегі жіберілім жеткізілді: {revision}-нұсқа.",
  errNetwork:
    "Сервермен байланыс жоқ. Интернетке қосылуды және «Баптаулар» бөліміндегі сервер мекенжайын тексеріп, қайталаңыз.",
  submissionKept:
    "Әзірге жеткізілмеді: жіберілім осы компьютерде сақталды, сервер жауап бергенде Sapa оны өзі жібереді («Қазір қайталау» бірден жібереді).",
  err401:
    "Кіру кілті жоқ, қате, мерзімі өткен немесе күші жойылған. Облыстық әдістемелік орталықтан жаңа кіру кілтін алып, «Баптаулар» бөліміне енгізіңіз.",
  err403:
    "Бұл кіру кілтімен осы аудан үшін жіберуге болмайды. «Баптаулар» бөліміндегі ауданды тексеріңіз немесе облыстан өз ауданыңыздың кіру кілтін сұраңыз.",
  err409:
    "Сервер әрекетті орындамады: ол серверде бар деректерге қайшы келеді. Сервердің хабарын оқып, деректерді жаңартып, қайталаңыз.",
  errForbiddenRole:
    "Бұл кіру кілті бұл әрекетке рұқсат бермейді. «Баптаулар» бөлімінде өз рөліңіздің кіру кілті енгізілгенін тексеріңіз: ауданыңыздікі немесе облыстық орталықтікі.",
  errYearNotOpen:
    "Облыс бұл оқу жылына есеп қабылдамайды. «Баптаулар» бөлімінде есеп күнін тексеріңіз: оқу жылы соған қарай анықталады.",
  errRosterEmpty: "Тізімде бірде-бір педагог жоқ. Педагогтер тізімі бар парақты таңдап, қайта тексеріңіз.",
  errReportDateOutsideYear:
    "Есеп күні онымен бірге жіберілген оқу жылына жатпайды. «Баптаулар» бөлімінде есеп күнін тексеріп, қайта жіберіңіз.",
  errBodyIncomplete:
    "Деректер толық жетпеді: жіберу кезінде байланыс үзілді. Жіберілім сақталды, қайта жіберіледі.",
  err422: "Сервер тізімнен қате тапты. Қателерді түзетіп, қайта жіберіңіз.",
  err413: "Тізім бір рет жіберу үшін тым үлкен. Облыстық әдістемелік орталыққа хабарласыңыз.",
  err429: "Сұраныс тым көп. Бір минут күтіп, қайталаңыз.",
  err5xx:
    "Сервер қазір қолжетімсіз. Бірнеше минуттан кейін қайталаңыз; қате қайталанса, облыстық әдістемелік орталыққа хабарлаңыз.",
  err400: "Сервер деректерді оқи алмады. Қосымшаны жаңартып (тақтаны қайта жүктеп), қайталап көріңіз.",
  errOther: "Сервер сұранысты қабылдамады ({status}).",
  serverSaid: "Сервер: {message}",
  newRosterIntro:
    "Тізімнің тақырыптары, санат пен білімге арналған ашылмалы тізімдер, күн пішімдері және бекітілген тақырып жолы бар жаңа парақ жасайды.",
  headersLanguage: "Тақырыптар тілі",
  noDropdowns:
    "Excel-дің бұл нұсқасы ашылмалы тізімдерді қоса алмайды (Excel 2019 немесе Microsoft 365 қажет): парақ оларсыз жасалады; «Тексеру» әр ұяшықты бәрібір тексереді.",
  createRoster: "Тізім парағын жасау",
  rosterCreated: "«{sheet}» парағы дайын: әр педагогке бір жол толтырыңыз.",
  serverUrl: "Сервер мекенжайы",
  token: "Кіру кілті",
  tokenHint:
    "Облыстық әдістемелік орталық берген кіру кілті («токен»). Осы компьютердегі қосымша қоймасында сақталады, кітапқа ешқашан жазылмайды.",
  language: "Тіл",
  languageAuto: "Office-тегідей",
  reportDateHint: "Бос болса — бүгін. Оқу жылы осы күннен анықталады.",
  datePlaceholder: "кк.аа.жжжж",
  save: "Сақтау",
  saved: "Баптаулар сақталды.",
  testConnection: "Байланысты тексеру",
  guideLink: "Sapa нұсқаулығы",
  connectionOk: "Байланыс бар: сервер бұл кіру кілтін {district} үшін қабылдайды.",
  connectionHealthOk: "Сервер жауап береді.",
  invalidUrl: "https:// мекенжайын енгізіңіз.",
  dateOutsidePlan:
    "Бұл күн {year} оқу жылына жатады, ол жоспар жылдарынан тыс ({from} – {to}): облыс ол жылды ашқан болса ғана есебін қабылдайды.",
  otherServer:
    "Мұндағы Sapa өзі ашылған сервермен жұмыс істейді: {origin}. Басқа сервермен жұмыс істеу үшін Sapa-ны сол серверден ашыңыз.",
  invalidDate: "Күнді кк.аа.жжжж түрінде енгізіңіз, мысалы 31.05.2026.",
  regionTitle: "Облыс",
  regionUser: "Облыстық әдістемелік орталық (ауданы жоқ)",
  firstRunTitle: "Sapa-ны кім пайдаланады?",
  firstRunBody:
    "Ауданыңызды немесе облыстық әдістемелік орталықты таңдаңыз. Таңдағанша Sapa ештеңе жібермейді.",
  firstRunPick: "Аудан немесе облыстық орталық",
  choose: "Таңдаңыз…",
  firstRunContinue: "Жалғастыру",
  pullReport: "Жиынтық есепті алу",
  reportPulled:
    "Жиынтық есеп ({expected} бірліктің {submitted}) «{sheet}» (аудандар бойынша) және «{summary}» (облыс) парақтарына жазылды.",
  host: "Excel API {version}",
  ...SHEETS_STRINGS.kk,
  ...region.kk,
  ...sheetsChoice.kk,
  ...keys.kk,
  ...candidates.kk,
  ...pull.kk,
  ...fieldWords("kk"),
};

export const ru: PaneStrings = {
  appTitle: "Sapa",
  tabCheck: "Проверка",
  tabFigures: "Показатели",
  tabSubmit: "Отправка",
  tabNewRoster: "Новый список",
  tabSettings: "Настройки",
  tabsLabel: "Разделы Sapa",
  outsideOfficeTitle: "Откройте Sapa в Excel",
  outsideOfficeBody:
    "Эта страница — панель Sapa. Она работает только внутри Excel (в браузере, на Windows или Mac): добавьте надстройку из manifest.xml и нажмите Sapa на вкладке «Главная».",
  officeMissingBody:
    "Не удалось загрузить Office.js. Проверьте подключение к интернету и откройте панель заново.",
  notExcelBody: "Sapa работает только в Excel. Откройте книгу со списком в Excel и запустите Sapa там.",
  dismiss: "Закрыть",
  loading: "Загрузка…",
  sheet: "Лист",
  activeSheet: "Активный лист",
  checkSheet: "Проверить лист",
  reading: "Чтение листа…",
  readingRows: "Чтение листа: {done} из {total} строк",
  headerRow: "Строка заголовков: {row}",
  readSummary: "Педагогов на листе «{sheet}»: {teachers}",
  noRoster:
    "На этом листе список не найден: нет строки заголовков с ФИО, организацией, образованием и категорией. Выберите другой лист или создайте новый список.",
  columns: "Столбцы",
  columnsHint: "Если столбец определён неверно, выберите правильный: лист сразу проверится заново.",
  columnNotFound: "не найден",
  mappingChanged: "Столбцы выбраны вручную",
  resetMapping: "Сбросить столбцы",
  severity_error: SEVERITY_NAMES.error.ru,
  severity_warning: SEVERITY_NAMES.warning.ru,
  severity_info: SEVERITY_NAMES.info.ru,
  show: "Показать",
  all: "Все",
  filterText: "Поиск по замечаниям",
  clearSearch: "Очистить поиск",
  noProblems: "Замечаний нет.",
  noMatches: "По фильтру ничего не найдено.",
  rowColumn: "Строка {row}, столбец {column}",
  rowOnly: "Строка {row}",
  problemsLabel: "Замечания",
  problemsHint: "Стрелки — перемещение по списку, Enter — перейти к ячейке.",
  highlight: "Выделить на листе",
  clearHighlights: "Снять выделение",
  highlighted: "Ячейки с замечаниями выделены на листе «{sheet}».",
  highlightsCleared: "Выделение снято; ячейки выглядят как прежде.",
  checkFirst: "Сначала проверьте лист (вкладка «Проверка»).",
  emptyCheck: "Откройте лист со списком педагогов и нажмите «Проверить лист».",
  emptyCheckNoRoster: "Списка ещё нет? Начните его на новом листе:",
  offerNewRoster: "Новый список",
  goToCellManual: "Excel не смог сам выделить ячейку: лист «{sheet}» открыт, замечание в ячейке {cell}.",
  figuresOf: "Показатели листа «{sheet}» на {date}",
  writeToWorkbook: "Записать в книгу",
  written: "Сводный лист «{sheet}» обновлён.",
  stock: "Текущий состав",
  ppExplained:
    "п.п. — процентные пункты, разница между двумя процентами: 30% при цели 32,5% — отставание на 2,5 п.п.",
  notSet: "не указан",
  submit: "Проверить и отправить",
  submitHint: "Sapa заново прочитает лист, проверит его и отправит в область.",
  needSettings: "Сначала выберите район и введите ключ доступа в «Настройках».",
  openSettings: "Открыть настройки",
  refusedTitle: "Не отправлено: в списке ошибок — {n}",
  refusedBody: "Исправьте ошибки ниже (или на вкладке «Проверка») и отправьте снова.",
  stepReading: "Чтение листа…",
  stepChecking: "Проверка списка…",
  stepPreparing: "Подготовка данных (ИИН заменяется ключом)…",
  stepSending: "Отправка на сервер…",
  stepRecording: "Запись квитанции в книгу…",
  notPrepared: "Список нельзя подготовить к отправке: {detail}",
  receiptTitle: "Получено сервером: версия {revision}",
  receiptBody: "Получено {time}. Показатели, рассчитанные сервером:",
  receiptRecorded: "Квитанция записана на сводный лист.",
  receiptRecordedFile: "Квитанция — в книге Sapa: «Скачать книгу Sapa» сохранит её рядом со списком.",
  outboxTitle: "Ожидают отправки: {n}",
  outboxPending: "Сохранено на этом компьютере; Sapa повторит отправку сама (следующая попытка {when}).",
  outboxBlocked: "Требуется ваше действие: устраните причину ниже и нажмите «Повторить сейчас».",
  outboxMemoryOnly: "Не удалось сохранить копию в хранилище надстройки: не закрывайте панель до отправки.",
  outboxEntry: "Строк: {rows}, {year}, сохранено {time}, попыток: {attempts}",
  retryNow: "Повторить сейчас",
  discard: "Удалить",
  sentFromOutbox: "Ожидавшая отправка доставлена: версия {revision}.",
  errNetwork:
    "Нет связи с сервером. Проверьте подключение к интернету и адрес сервера в «Настройках», затем повторите.",
  submissionKept:
    "Пока не доставлено: отправка сохранена на этом компьютере, и Sapa отправит её сама, когда сервер ответит («Повторить сейчас» отправит сразу).",
  err401:
    "Ключ доступа не указан, неверен, истёк или отозван. Получите новый ключ доступа в областном методическом центре и введите его в «Настройках».",
  err403:
    "С этим ключом доступа нельзя отправлять данные этого района. Проверьте район в «Настройках» или запросите в области ключ доступа своего района.",
  err409:
    "Сервер не выполнил действие: оно расходится с тем, что уже есть на сервере. Прочитайте сообщение сервера, обновите данные и повторите.",
  errForbiddenRole:
    "Этот ключ доступа не даёт права на это действие. Проверьте в «Настройках», что введён ключ доступа вашей роли: вашего района или областного центра.",
  errYearNotOpen:
    "Область не принимает отчёты за этот учебный год. Проверьте дату отчёта в «Настройках»: учебный год определяется по ней.",
  errRosterEmpty: "В списке нет ни одного педагога. Выберите лист со списком педагогов и проверьте снова.",
  errReportDateOutsideYear:
    "Дата отчёта не входит в учебный год, отправленный с ней. Проверьте дату отчёта в «Настройках» и отправьте снова.",
  errBodyIncomplete:
    "Данные дошли не полностью: связь прервалась во время отправки. Данные сохранены и будут отправлены снова.",
  err422: "Сервер нашёл ошибки в списке. Исправьте их и отправьте снова.",
  err413: "Список слишком велик для одной отправки. Обратитесь в областной методический центр.",
  err429: "Слишком много запросов. Подождите минуту и повторите.",
  err5xx:
    "Сервер сейчас недоступен. Повторите через несколько минут; если ошибка не проходит, сообщите в областной методический центр.",
  err400: "Сервер не смог прочитать данные. Обновите надстройку (перезагрузите панель) и попробуйте снова.",
  errOther: "Сервер отклонил запрос ({status}).",
  serverSaid: "Сервер: {message}",
  newRosterIntro:
    "Создаёт новый лист с заголовками списка, раскрывающимися списками категорий и образования, форматами дат и закреплённой строкой заголовков.",
  headersLanguage: "Язык заголовков",
  noDropdowns:
    "Эта версия Excel не умеет добавлять раскрывающиеся списки (нужен Excel 2019 или Microsoft 365): лист создаётся без них; «Проверка» всё равно проверит каждую ячейку.",
  createRoster: "Создать лист списка",
  rosterCreated: "Лист «{sheet}» готов: заполните по одной строке на педагога.",
  serverUrl: "Адрес сервера",
  token: "Ключ доступа",
  tokenHint:
    "Ключ доступа («токен»), выданный областным методическим центром. Хранится в хранилище надстройки на этом компьютере, никогда не записывается в книгу.",
  language: "Язык",
  languageAuto: "Как в Office",
  reportDateHint: "Пусто — сегодня. Учебный год определяется по этой дате.",
  datePlaceholder: "дд.мм.гггг",
  save: "Сохранить",
  saved: "Настройки сохранены.",
  testConnection: "Проверить связь",
  guideLink: "Руководство Sapa",
  connectionOk: "Связь есть: сервер принимает этот ключ доступа ({district}).",
  connectionHealthOk: "Сервер отвечает.",
  invalidUrl: "Введите адрес https://.",
  dateOutsidePlan:
    "Эта дата относится к {year} учебному году, вне лет плана ({from} – {to}): область примет отчёт за него, только если открыла этот год.",
  otherServer:
    "Здесь Sapa работает с сервером, с которого открыта: {origin}. Чтобы работать с другим сервером, откройте Sapa с него.",
  invalidDate: "Введите дату в виде дд.мм.гггг, например 31.05.2026.",
  regionTitle: "Область",
  regionUser: "Областной методический центр (без района)",
  firstRunTitle: "Кто работает с Sapa?",
  firstRunBody:
    "Выберите свой район или областной методический центр. Пока вы не выберете, Sapa ничего не отправляет.",
  firstRunPick: "Район или областной центр",
  choose: "Выберите…",
  firstRunContinue: "Продолжить",
  pullReport: "Получить сводный отчёт",
  reportPulled:
    "Сводный отчёт ({submitted} из {expected} единиц) записан на листы «{sheet}» (по районам) и «{summary}» (область).",
  host: "Excel API {version}",
  ...SHEETS_STRINGS.ru,
  ...region.ru,
  ...sheetsChoice.ru,
  ...keys.ru,
  ...candidates.ru,
  ...pull.ru,
  ...fieldWords("ru"),
};

/** Every language's words: the pane's build serves each as a chunk of its own (vite.config.ts). */
export const PANE_WORDS = { kk, ru, en } as const;
