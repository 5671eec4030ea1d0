import {
  SEVERITY_NAMES,
  defineCatalogue,
  formatCount,
  type Lang,
  type Localized,
  type TemplateParams,
} from "@sapa/shared";
import { CANDIDATE_MESSAGES } from "./messages-candidates.ts";
import { KEY_MESSAGES } from "./messages-keys.ts";
import { SETTINGS_MESSAGES } from "./messages-settings.ts";
import { YEARS_MESSAGES } from "./messages-years.ts";
import { AUDIT_MESSAGES } from "./messages-audit.ts";
import { TREND_MESSAGES } from "./messages-trend.ts";
import { GROUP_MESSAGES } from "./messages-groups.ts";
import { DUPLICATE_MESSAGES } from "./messages-duplicates.ts";

/**
 * The command line's own texts (usage, files, network), in kk, ru and en. Problem messages and table
 * labels come from the shared catalogue (`label`); these are only what the CLI itself has to say.
 */
const CATALOGUE = {
  "unknown-command": {
    kk: "Белгісіз команда: {command}. Командалар тізімі: sapa --help",
    ru: "Неизвестная команда: {command}. Список команд: sapa --help",
    en: "Unknown command: {command}. See the list of commands: sapa --help",
  },
  "unknown-flag": {
    kk: "Белгісіз параметр: {flag}. Қолдану: sapa {command} --help",
    ru: "Неизвестный параметр: {flag}. Справка: sapa {command} --help",
    en: "Unknown option: {flag}. See: sapa {command} --help",
  },
  "missing-value": {
    kk: "{flag} параметріне мән керек (мысалы {flag} {example}).",
    ru: "Для параметра {flag} нужно значение (например, {flag} {example}).",
    en: "Option {flag} needs a value (e.g. {flag} {example}).",
  },
  "flag-no-value": {
    kk: "{flag} параметрі мән қабылдамайды.",
    ru: "Параметр {flag} не принимает значения.",
    en: "Option {flag} takes no value.",
  },
  "option-twice": {
    kk: "{flag} екі рет әртүрлі мәнмен берілген: «{first}» және «{second}». Біреуін ғана қалдырыңыз.",
    ru: "{flag} указан дважды с разными значениями: «{first}» и «{second}». Оставьте одно.",
    en: "{flag} is given twice with different values: “{first}” and “{second}”. Keep one.",
  },
  "too-many-args": {
    kk: "Артық аргумент: {arg}. Қолдану: sapa {command} --help",
    ru: "Лишний аргумент: {arg}. Справка: sapa {command} --help",
    en: "Unexpected argument: {arg}. See: sapa {command} --help",
  },
  "bad-date": {
    kk: "{flag} күні қате: «{value}». Пішімі КК.АА.ЖЖЖЖ немесе ЖЖЖЖ-АА-КК, мысалы 31.05.2026 не 2026-05-31.",
    ru: "Неверная дата {flag}: «{value}». Формат ДД.ММ.ГГГГ или ГГГГ-ММ-ДД, например 31.05.2026 или 2026-05-31.",
    en: "Bad date for {flag}: “{value}”. Use DD.MM.YYYY or YYYY-MM-DD, e.g. 31.05.2026 or 2026-05-31.",
  },
  "bad-year": {
    kk: "--year оқу жылы қате: «{value}». Пішімі ЖЖЖЖ-ЖЖЖЖ, мысалы 2025-2026.",
    ru: "Неверный учебный год --year: «{value}». Формат ГГГГ-ГГГГ, например 2025-2026.",
    en: "Bad academic year for --year: “{value}”. Use YYYY-YYYY, e.g. 2025-2026.",
  },
  "as-of-outside-year": {
    kk: "--as-of есеп күні {asOf} --year {year} оқу жылына жатпайды (оқу жылы {from} – {to}). Есеп күнін осы аралықтан қойыңыз немесе --year-ды алып тастаңыз: оқу жылы есеп күнінен анықталады.",
    ru: "Дата отчёта --as-of {asOf} не входит в учебный год --year {year} ({from} – {to}). Укажите дату в этих пределах или уберите --year: учебный год определится по дате.",
    en: "The report date --as-of {asOf} is not a day of the academic year --year {year} ({from} – {to}). Give a date within it, or leave out --year: the year follows from the date.",
  },
  "bad-map": {
    kk: '--map қате: «{value}». Пішімі өріс=Баған (мысалы --map category="Санаты" немесе --map iin=D). Өрістер: {fields}.',
    ru: 'Неверный --map: «{value}». Формат поле=Столбец (например --map category="Категория" или --map iin=D). Поля: {fields}.',
    en: 'Bad --map: “{value}”. Use field=Header (e.g. --map category="Category" or --map iin=D). Fields: {fields}.',
  },
  "bad-lang": {
    kk: "--lang тілі қате: «{value}». Мүмкін мәндер: kk, ru, en.",
    ru: "Неверный язык --lang: «{value}». Допустимо: kk, ru, en.",
    en: "Bad --lang: “{value}”. Use kk, ru or en.",
  },
  "bad-district": {
    kk: "Аудан белгісіз: «{value}». Мүмкін мәндер: {ids}.",
    ru: "Неизвестный район: «{value}». Допустимо: {ids}.",
    en: "Unknown district: “{value}”. Use one of: {ids}.",
  },
  "missing-district": {
    kk: "--district ID көрсетіңіз (мысалы --district alga). Мүмкін мәндер: {ids}.",
    ru: "Укажите --district ID (например, --district alga). Допустимо: {ids}.",
    en: "Give --district ID (e.g. --district alga). One of: {ids}.",
  },
  "missing-file": {
    kk: "Файл көрсетілмеген. Қолдану: sapa {command} FILE.xlsx",
    ru: "Не указан файл. Использование: sapa {command} FILE.xlsx",
    en: "No file given. Usage: sapa {command} FILE.xlsx",
  },
  "file-not-found": {
    kk: "Файл табылмады: {file}. Жолын тексеріңіз.",
    ru: "Файл не найден: {file}. Проверьте путь.",
    en: "File not found: {file}. Check the path.",
  },
  "file-no-permission": {
    kk: "Файлды оқуға рұқсат жоқ: {file}. Оны өз қалтаңызға (мысалы, «Құжаттар») көшіріп, көшірмесін беріңіз.",
    ru: "Нет прав на чтение файла: {file}. Скопируйте его в свою папку (например, «Документы») и укажите копию.",
    en: "No permission to read the file: {file}. Copy it to a folder of yours (Documents, say) and give the copy.",
  },
  "file-busy": {
    kk: "Файлды басқа бағдарлама ұстап тұр: {file}. Оны Excel-де (немесе басқа бағдарламада) жауып, қайталаңыз.",
    ru: "Файл занят другой программой: {file}. Закройте его в Excel (или другой программе) и повторите.",
    en: "Another program holds the file: {file}. Close it in Excel (or that program) and try again.",
  },
  "file-is-folder": {
    kk: "Бұл қалта, файл емес: {file}. Қалтаның ішіндегі файлдың жолын көрсетіңіз.",
    ru: "Это папка, а не файл: {file}. Укажите путь к нужному файлу внутри неё.",
    en: "This is a folder, not a file: {file}. Give the path of the file inside it.",
  },
  "file-not-writable": {
    kk: "Файлды жазу мүмкін болмады: {file} ({reason}).",
    ru: "Не удалось записать файл: {file} ({reason}).",
    en: "Could not write the file: {file} ({reason}).",
  },
  // Why a file could not be written, by Node's error code (the {reason} of file-not-writable).
  "write-no-folder": {
    kk: "мұндай қалта жоқ: жолын тексеріңіз",
    ru: "такой папки нет: проверьте путь",
    en: "no such folder: check the path",
  },
  "write-denied": {
    kk: "бұл жерге жазуға рұқсат жоқ: басқа қалтаны таңдаңыз",
    ru: "нет прав на запись сюда: выберите другую папку",
    en: "no permission to write there: choose another folder",
  },
  "write-is-folder": {
    kk: "бұл — қалта: файлдың атын жазыңыз",
    ru: "это папка: укажите имя файла",
    en: "that is a folder: give a file name",
  },
  "write-busy": {
    kk: "файл басқа бағдарламада ашық (мысалы, Excel): оны жауып, қайталаңыз",
    ru: "файл открыт в другой программе (например, в Excel): закройте его и повторите",
    en: "the file is open in another program (Excel?): close it and try again",
  },
  "write-exists": {
    kk: "мұндай файл бар, Sapa оны қайта жазбайды: басқа атау таңдаңыз",
    ru: "такой файл уже есть, Sapa его не перезаписывает: выберите другое имя",
    en: "a file of that name exists and Sapa never overwrites it: choose another name",
  },
  "write-disk-full": {
    kk: "дискіде орын жоқ",
    ru: "на диске нет места",
    en: "the disk is full",
  },
  "report-key-unused": {
    kk: "--key аттестаттау тізіміндегі аты-жөндерді ашады, ал олар тек --out report.xlsx пен --json-да бар. Солардың бірін қосыңыз немесе --key-ді алып тастаңыз.",
    ru: "--key открывает ФИО в списке аттестации, а они есть только в --out report.xlsx и --json. Добавьте одно из них или уберите --key.",
    en: "--key opens the names in the attestation list, which only --out report.xlsx and --json carry. Add one of them, or leave --key out.",
  },
  "report-format-conflict": {
    kk: "--json, --csv және --out бірін ғана таңдаңыз.",
    ru: "Выберите только одно из --json, --csv и --out.",
    en: "Choose only one of --json, --csv and --out.",
  },
  "json-csv-conflict": {
    kk: "--json мен --csv бірін ғана таңдаңыз.",
    ru: "Выберите только одно: --json или --csv.",
    en: "Choose only one of --json and --csv.",
  },
  "out-not-xlsx": {
    kk: "{flag} файлының аты .xlsx деп аяқталуы керек: {file}.",
    ru: "Имя файла {flag} должно оканчиваться на .xlsx: {file}.",
    en: "The {flag} file name must end in .xlsx: {file}.",
  },
  "token-subcommand": {
    kk: "Қолдану: sapa token create --district ID | --region [--label L], немесе sapa token revoke ID",
    ru: "Использование: sapa token create --district ID | --region [--label L] или sapa token revoke ID",
    en: "Usage: sapa token create --district ID | --region [--label L], or sapa token revoke ID",
  },
  "token-role": {
    kk: "--district ID немесе --region параметрінің біреуін ғана беріңіз.",
    ru: "Укажите ровно одно: --district ID или --region.",
    en: "Give exactly one of --district ID or --region.",
  },
  "review-subcommand": {
    kk: 'Қолдану: sapa review list, sapa review accept|reopen ID немесе sapa review return ID --comment "…"',
    ru: 'Использование: sapa review list, sapa review accept|reopen ID или sapa review return ID --comment "…"',
    en: 'Usage: sapa review list, sapa review accept|reopen ID, or sapa review return ID --comment "…"',
  },
  "review-comment-required": {
    kk: "Қайтару үшін ауданға не түзету керегін --comment арқылы жазыңыз.",
    ru: "Чтобы вернуть данные, напишите району в --comment, что исправить.",
    en: "To return the data, tell the district what to fix with --comment.",
  },
  "review-not-now": {
    kk: "{district}: тексеру күйі қазір «{status}», сондықтан «sapa review {action}» орындалмайды. Күйлерді қараңыз: sapa review list",
    ru: "{district}: статус проверки сейчас «{status}», поэтому «sapa review {action}» невозможно. Статусы: sapa review list",
    en: "{district}: the review status is now “{status}”, so “sapa review {action}” cannot be done. See: sapa review list",
  },
  "review-stale": {
    kk: "{district}: ең соңғы нұсқа — {revision}, ал --revision {seen} берілді. {revision}-нұсқаны қарап шығып, --revision {revision} арқылы қайталаңыз.",
    ru: "{district}: последняя версия — {revision}, а указана --revision {seen}. Просмотрите версию {revision} и повторите с --revision {revision}.",
    en: "{district}: the newest revision is {revision}, not --revision {seen}. Review revision {revision} and try again with --revision {revision}.",
  },
  "bad-revision": {
    kk: "--revision бүтін оң сан болуы керек: «{value}».",
    ru: "--revision должен быть целым положительным числом: «{value}».",
    en: "--revision must be a whole number from 1: “{value}”.",
  },
  "missing-token-id": {
    kk: "Күшін жоятын кіру кілтінің (токеннің) ID-ін көрсетіңіз: sapa token revoke ID",
    ru: "Укажите ID ключа доступа (токена), который нужно отозвать: sapa token revoke ID",
    en: "Give the ID of the access key (token) to revoke: sapa token revoke ID",
  },
  "token-id-not-key": {
    kk: "«{value}» — кіру кілтінің (токеннің) өзі, оның ID-і емес. sapa token revoke кілт жасалғанда көрсетілген ID-ді алады (tok_…). Кілттің өзін ешкімге бермеңіз.",
    ru: "«{value}» — это сам ключ доступа (токен), а не его ID. sapa token revoke принимает ID, показанный при создании ключа (tok_…). Сам ключ никому не передавайте.",
    en: "“{value}” is the access key (token) itself, not its ID. sapa token revoke takes the ID shown when the key was created (tok_…). Keep the key itself to its holder.",
  },
  "token-id-unknown": {
    kk: "Бұл серверде {id} ID-і бар кіру кілті (токен) жоқ. ID-ді тексеріңіз: ол кілт жасалғанда көрсетілген (tok_…).",
    ru: "На этом сервере нет ключа доступа (токена) с ID {id}. Проверьте ID: он был показан при создании ключа (tok_…).",
    en: "This server has no access key (token) with the ID {id}. Check the ID: it was shown when the key was created (tok_…).",
  },
  "bad-server": {
    kk: "Сервер мекенжайы қате: «{value}». Мысалы: https://localhost:3000",
    ru: "Неверный адрес сервера: «{value}». Например: https://localhost:3000",
    en: "Bad server address: “{value}”. For example: https://localhost:3000",
  },
  "ca-unreadable": {
    kk: "Сертификат файлын оқу мүмкін болмады: {file} ({reason}). SAPA_CA_FILE айнымалысын тексеріңіз.",
    ru: "Не удалось прочитать файл сертификата: {file} ({reason}). Проверьте SAPA_CA_FILE.",
    en: "Could not read the certificate file: {file} ({reason}). Check SAPA_CA_FILE.",
  },
  "network-error": {
    kk: "Серверге қосылу мүмкін болмады: {server} ({reason}). {advice}",
    ru: "Не удалось подключиться к серверу: {server} ({reason}). {advice}",
    en: "Could not reach the server: {server} ({reason}). {advice}",
  },
  "server-timeout": {
    kk: "Сервер {seconds} секунд ішінде жауап бермеді: {server}. Sapa одан артық күтпейді. {advice} Әр сұрау мен оған кеткен уақытты SAPA_TRACE=1 көрсетеді.",
    ru: "Сервер не ответил за {seconds} с: {server}. Дольше Sapa не ждёт. {advice} Каждый запрос и время ответа покажет SAPA_TRACE=1.",
    en: "The server did not answer within {seconds} s: {server}. Sapa waits no longer than that. {advice} SAPA_TRACE=1 shows each request and how long it took.",
  },
  // Why no answer came (the {reason} of network-error), by Node's error code, which follows.
  "net-refused": {
    kk: "бұл мекенжай мен портта сервер жауап бермейді; {code}",
    ru: "по этому адресу и порту сервер не отвечает; {code}",
    en: "no server answers at this address and port; {code}",
  },
  "net-no-host": {
    kk: "мұндай сервер атауы табылмады; {code}",
    ru: "сервер с таким именем не найден; {code}",
    en: "no server of that name was found; {code}",
  },
  "net-reset": {
    kk: "байланыс үзіліп кетті; {code}",
    ru: "соединение оборвалось; {code}",
    en: "the connection was cut off; {code}",
  },
  "net-unreachable": {
    kk: "желі серверге жеткізбейді; {code}",
    ru: "сеть не доходит до сервера; {code}",
    en: "the network does not reach the server; {code}",
  },
  "net-not-https": {
    kk: "бұл мекенжайда сервер https арқылы жауап бермейді, мүмкін http:// керек; {code}",
    ru: "сервер по этому адресу не отвечает по https, возможно, нужен http://; {code}",
    en: "the server does not answer https at this address, http:// perhaps; {code}",
  },
  "advice-local-server": {
    kk: "Жергілікті серверді «npm start» арқылы іске қосыңыз немесе --server / SAPA_SERVER мекенжайын тексеріңіз.",
    ru: "Запустите локальный сервер командой «npm start» или проверьте адрес --server / SAPA_SERVER.",
    en: "Start the local server with “npm start” or check --server / SAPA_SERVER.",
  },
  "advice-remote-server": {
    kk: "Интернетке қосылуды және --server / SAPA_SERVER мекенжайын тексеріңіз; екеуі де дұрыс болса, біраздан кейін қайталаңыз, қате қайталанса, облыстық әдістемелік орталыққа хабарласыңыз.",
    ru: "Проверьте подключение к интернету и адрес --server / SAPA_SERVER; если всё верно, повторите позже, а если ошибка не проходит, сообщите в областной методический центр.",
    en: "Check the internet connection and the address in --server / SAPA_SERVER; if both are right, try again later, and if it persists, tell the regional methodical centre.",
  },
  "not-sapa-server": {
    kk: "Бұл мекенжайда Sapa сервері жоқ: {server} (HTTP {status}, Sapa жауабы емес: басқа сайт, прокси немесе Wi-Fi кіру беті болуы мүмкін). --server / SAPA_SERVER мекенжайын тексеріңіз: сервердің өз мекенжайы, мысалы https://localhost:3000.",
    ru: "По этому адресу нет сервера Sapa: {server} (HTTP {status}, ответ не от Sapa: возможно, другой сайт, прокси или страница входа в Wi-Fi). Проверьте адрес --server / SAPA_SERVER: нужен адрес самого сервера, например https://localhost:3000.",
    en: "No Sapa server answers at this address: {server} (HTTP {status}, not a Sapa answer: maybe another site, a proxy or a Wi-Fi login page). Check --server / SAPA_SERVER: give the server's own address, e.g. https://localhost:3000.",
  },
  "server-path-hint": {
    kk: "--server мекенжайында жол бар: әдетте сервердің мекенжайы жолсыз жазылады, мысалы https://localhost:3000.",
    ru: "В адресе --server есть путь: обычно адрес сервера указывают без пути, например https://localhost:3000.",
    en: "The --server address has a path: a server's address usually has none, e.g. https://localhost:3000.",
  },
  "no-token-given": {
    kk: "кіру кілті (токен) берілмеді.",
    ru: "ключ доступа (токен) не указан.",
    en: "no access key (token) was given.",
  },
  "tls-error": {
    kk: "Сервердің сертификатына сенім жоқ: {server} ({reason}). Жергілікті сервер үшін .certs/dev-ca.pem бар екенін тексеріңіз немесе SAPA_CA_FILE арқылы CA файлын көрсетіңіз.",
    ru: "Сертификат сервера не доверен: {server} ({reason}). Для локального сервера проверьте наличие .certs/dev-ca.pem или укажите файл CA через SAPA_CA_FILE.",
    en: "The server's certificate is not trusted: {server} ({reason}). For the local server check that .certs/dev-ca.pem exists, or point SAPA_CA_FILE at the CA file.",
  },
  "server-error": {
    kk: "Сервер қатесі ({status}): {message}. Біраздан кейін қайталаңыз; {persists}",
    ru: "Ошибка сервера ({status}): {message}. Повторите позже; {persists}",
    en: "Server error ({status}): {message}. Try again later; {persists}",
  },
  // Sapa's server said what happened and what to do (in the user's language): only who to tell is added.
  "server-error-said": {
    kk: "Сервер қатесі ({status}): {message} {persistsSentence}",
    ru: "Ошибка сервера ({status}): {message} {persistsSentence}",
    en: "Server error ({status}): {message} {persistsSentence}",
  },
  // Who sees a server failure that does not pass: the one who runs the local server, or the regional centre.
  "persists-local": {
    kk: "қате қайталанса, сервер журналын қараңыз.",
    ru: "если ошибка повторяется, посмотрите журнал сервера.",
    en: "if it persists, look at the server's log.",
  },
  "persists-local-sentence": {
    kk: "Қате қайталанса, сервер журналын қараңыз.",
    ru: "Если ошибка повторяется, посмотрите журнал сервера.",
    en: "If it persists, look at the server's log.",
  },
  "persists-remote": {
    kk: "қате қайталанса, облыстық әдістемелік орталыққа хабарласыңыз.",
    ru: "если ошибка повторяется, сообщите в областной методический центр.",
    en: "if it persists, tell the regional methodical centre.",
  },
  "persists-remote-sentence": {
    kk: "Қате қайталанса, облыстық әдістемелік орталыққа хабарласыңыз.",
    ru: "Если ошибка повторяется, сообщите в областной методический центр.",
    en: "If it persists, tell the regional methodical centre.",
  },
  rejected: {
    kk: "Сервер сұрауды қабылдамады ({status}): {message}",
    ru: "Сервер отклонил запрос ({status}): {message}",
    en: "The server refused the request ({status}): {message}",
  },
  "token-hint": {
    kk: "Кіру кілтін (токенді) --token немесе SAPA_TOKEN арқылы беріңіз (жергілікті серверде: dev-region, dev-<аудан>).",
    ru: "Передайте ключ доступа (токен) через --token или SAPA_TOKEN (на локальном сервере: dev-region, dev-<район>).",
    en: "Pass the access key (token) with --token or SAPA_TOKEN (on the local server: dev-region, dev-<district>).",
  },
  "district-hint": {
    kk: "--district параметрінде кіру кілті (токен) берілген ауданды көрсетіңіз.",
    ru: "Укажите в --district район, которому выдан ключ доступа (токен).",
    en: "Give in --district the district the access key (token) was issued to.",
  },
  unexpected: {
    kk: "Күтпеген қате: {message}",
    ru: "Непредвиденная ошибка: {message}",
    en: "Unexpected error: {message}",
  },
  // check / submit output
  figures: { kk: "Көрсеткіштер", ru: "Показатели", en: "Figures" },
  file: { kk: "Файл", ru: "Файл", en: "File" },
  sheet: { kk: "Парақ", ru: "Лист", en: "Sheet" },
  "sheet-chosen": {
    kk: "{sheet} ({teachers} педагог; ең көп жолы бар парақ, басқалары: {others})",
    ru: "{sheet} (педагогов: {teachers}; лист с наибольшим числом строк, остальные: {others})",
    en: "{sheet} ({teachers} teachers; the sheet with the most roster rows, the others: {others})",
  },
  "sheets-read": {
    kk: "Парақтар бір тізім ретінде оқылды: {sheets}",
    ru: "Листы прочитаны как один список: {sheets}",
    en: "Sheets read as one roster: {sheets}",
  },
  "header-row": { kk: "Тақырып жолы", ru: "Строка заголовков", en: "Header row" },
  "no-roster": {
    kk: "танылған тізім табылмады",
    ru: "список не распознан",
    en: "no roster recognised",
  },
  columns: { kk: "Бағандар", ru: "Столбцы", en: "Columns" },
  errors: SEVERITY_NAMES.error,
  warnings: SEVERITY_NAMES.warning,
  infos: SEVERITY_NAMES.info,
  row: { kk: "Жол", ru: "Строка", en: "Row" },
  column: { kk: "Баған", ru: "Столбец", en: "Column" },
  message: { kk: "Хабар", ru: "Сообщение", en: "Message" },
  "more-problems": {
    kk: "… тағы {count} (толық тізім: --json)",
    ru: "… ещё {count} (полный список: --json)",
    en: "… {count} more (full list: --json)",
  },
  "map-hint-column": {
    kk: 'Баған бар, бірақ тақырыбы басқа болса, оны көрсетіңіз: --map {field}="оның тақырыбы" немесе --map {field}=D (баған әрпі).',
    ru: 'Если столбец есть, но с другим заголовком, укажите его: --map {field}="его заголовок" или --map {field}=D (буква столбца).',
    en: 'If the column is there under another header, name it: --map {field}="its header" or --map {field}=D (its letter).',
  },
  "map-hint-header": {
    kk: "Тақырып жолында басқа сөздер болса, бағандарды көрсетіңіз: --map fullName=… --map organization=… --map education=… --map category=… (тақырып немесе баған әрпі).",
    ru: "Если в строке заголовков другие слова, укажите столбцы: --map fullName=… --map organization=… --map education=… --map category=… (заголовок или буква столбца).",
    en: "If the header row uses other words, name the columns: --map fullName=… --map organization=… --map education=… --map category=… (a header or a column letter).",
  },
  "check-ok": {
    kk: "Қате жоқ: тізімді жіберуге болады.",
    ru: "Ошибок нет: список можно отправлять.",
    en: "No errors: the roster can be submitted.",
  },
  "check-failed": {
    kk: "Тізімде {count} қате бар. Оларды түзетіп, тексеруді қайталаңыз.",
    ru: "В списке ошибок — {count}. Исправьте их и повторите проверку.",
    en: "Errors in the roster: {count}. Fix them and check again.",
  },
  "problem-counts": {
    kk: "Қателер: {errors}, ескертулер: {warnings}, ақпарат: {infos}",
    ru: "Ошибки: {errors}, предупреждения: {warnings}, сведения: {infos}",
    en: "Errors: {errors}, warnings: {warnings}, notes: {infos}",
  },
  "submit-refused": {
    kk: "Тізімде {count} қате бар, сондықтан ол жіберілмеді. Қателерді түзетіп, қайта жіберіңіз.",
    ru: "В списке ошибок — {count}, поэтому он не отправлен. Исправьте ошибки и отправьте снова.",
    en: "Errors in the roster: {count}, so it was not submitted. Fix them and submit again.",
  },
  "server-refused-roster": {
    kk: "Сервер тізімді қабылдамады: {message}",
    ru: "Сервер не принял список: {message}",
    en: "The server did not accept the roster: {message}",
  },
  retrying: {
    kk: "Серверге қосылу үзілді ({reason}); {seconds} секундтан кейін қайталаймын…",
    ru: "Связь с сервером прервалась ({reason}); повтор через {seconds} с…",
    en: "Connection to the server failed ({reason}); retrying in {seconds} s…",
  },
  "submit-arrival-unknown": {
    kk: "Тізім жіберілді, бірақ оның жеткенін растайтын жауап келмеді, сондықтан сервер оны жазып алды ма, белгісіз. Ештеңе жоғалған жоқ: шифрланған жіберілім осы компьютерде сақталды ({file}). Байланыс қалпына келгенде, сол команданы қайта іске қосыңыз: Sapa дәл сол жіберілімді сол Idempotency-Key кілтімен жібереді, сервер оны бір-ақ рет жазады, ал ол бұрын жеткен болса, оның түбіртегін аласыз. Сервердегі соңғы нұсқаны «sapa status --year {year}» көрсетеді.",
    ru: "Список отправлен, но ответа, подтверждающего, что он дошёл, не было, поэтому неизвестно, записал ли его сервер. Ничего не потеряно: зашифрованная отправка сохранена на этом компьютере ({file}). Когда связь восстановится, выполните ту же команду ещё раз: Sapa отправит ту же самую отправку с тем же Idempotency-Key, сервер запишет её только один раз, а если она уже дошла, вы получите её квитанцию. Последнюю версию на сервере показывает «sapa status --year {year}».",
    en: "The roster was sent, but no answer confirmed that it arrived, so it is not known whether the server recorded it. Nothing is lost: the sealed submission is kept on this computer ({file}). Run the same command again once the connection is back: Sapa sends that very submission with the same Idempotency-Key, so the server records it only once, and if it had arrived you get its receipt. “sapa status --year {year}” shows the newest revision the server holds.",
  },
  "submit-arrival-unknown-not-kept": {
    kk: "Тізім жіберілді, бірақ оның жеткенін растайтын жауап келмеді, сондықтан сервер оны жазып алды ма, белгісіз; жіберілімді осы компьютерде сақтау да мүмкін болмады ({reason}). Алдымен «sapa status --year {year}» арқылы сервердегі соңғы нұсқаны және оның уақытын қараңыз: тізім жетпеген болса, сол команданы қайта іске қосыңыз.",
    ru: "Список отправлен, но ответа, подтверждающего, что он дошёл, не было, поэтому неизвестно, записал ли его сервер; сохранить отправку на этом компьютере тоже не удалось ({reason}). Сначала посмотрите последнюю версию на сервере и её время: «sapa status --year {year}»; если список не дошёл, выполните ту же команду ещё раз.",
    en: "The roster was sent, but no answer confirmed that it arrived, so it is not known whether the server recorded it; the submission could not be kept on this computer either ({reason}). First see the newest revision the server holds and its time with “sapa status --year {year}”; if the roster did not arrive, run the same command again.",
  },
  "submit-not-sent": {
    kk: "Тізім жіберілмеді: серверге ештеңе жетпеді. Байланыс қалпына келгенде, сол команданы қайта іске қосыңыз.",
    ru: "Список не отправлен: на сервер ничего не ушло. Когда связь восстановится, выполните ту же команду ещё раз.",
    en: "The roster was not sent: nothing reached the server. Run the same command again once the connection is back.",
  },
  "submit-resending": {
    kk: "Бұл тізім {time} жіберілген, бірақ жауап келмеген: дәл сол жіберілім сол Idempotency-Key кілтімен қайта жіберілуде, сервер оны бір-ақ рет жазады.",
    ru: "Этот список уже отправлялся {time}, но ответа не было: та же самая отправка уходит снова с тем же Idempotency-Key, сервер запишет её только один раз.",
    en: "This roster was sent at {time} without an answer: that very submission is being sent again with the same Idempotency-Key, so the server records it only once.",
  },
  "submit-pending-replaced": {
    kk: "{time} жауапсыз қалған жіберілімнің орнына осы тізім жіберіледі (файл немесе параметрлер өзгерген).",
    ru: "Вместо отправки от {time}, оставшейся без ответа, отправляется этот список (изменился файл или параметры).",
    en: "This roster is sent in place of the submission of {time} that got no answer (the file or the options changed).",
  },
  "no-answer-within": {
    kk: "сервер {seconds} секунд бойы жауап бермеді",
    ru: "сервер не ответил за {seconds} с",
    en: "no answer from the server within {seconds} s",
  },
  "receipt-title": {
    kk: "Тізім қабылданды",
    ru: "Список принят",
    en: "Roster accepted",
  },
  "server-figures": {
    kk: "Сервер есептеген көрсеткіштер",
    ru: "Показатели, рассчитанные сервером",
    en: "Figures computed by the server",
  },
  "report-progress": {
    kk: "Есеп тізімдері оқылуда: {done} / {total}",
    ru: "Читаю списки отчёта: {done} / {total}",
    en: "Reading the report's lists: {done} / {total}",
  },
  "report-no-data": {
    kk: "{year} оқу жылы үшін бірде-бір бірлік деректер жібермеген. Деректері бар жылдар: {years} (--year ЖЖЖЖ-ЖЖЖЖ).",
    ru: "За {year} учебный год данных не отправила ни одна единица. Годы, за которые есть данные: {years} (--year ГГГГ-ГГГГ).",
    en: "No unit has sent data for {year}. The years with data: {years} (--year YYYY-YYYY).",
  },
  "report-no-data-anywhere": {
    kk: "{year} оқу жылы үшін бірде-бір бірлік деректер жібермеген, басқа жылдар үшін де деректер әлі жоқ.",
    ru: "За {year} учебный год данных не отправила ни одна единица; за другие годы данных пока тоже нет.",
    en: "No unit has sent data for {year}, nor for any other year yet.",
  },
  "report-written": {
    kk: "Есеп жазылды: {file}",
    ru: "Отчёт записан: {file}",
    en: "Report written: {file}",
  },
  "token-created": {
    kk: "Кіру кілті (токен) жасалды. Оны қазір сақтаңыз: ол қайта көрсетілмейді.",
    ru: "Ключ доступа (токен) создан. Сохраните его сейчас: повторно он не показывается.",
    en: "Access key (token) created. Save it now: it is not shown again.",
  },
  "token-id": { kk: "ID", ru: "ID", en: "ID" },
  "token-holder": { kk: "Кімге", ru: "Кому", en: "For" },
  "token-holder-region": {
    kk: "облыстық әдістемелік орталық",
    ru: "областной методический центр",
    en: "the regional methodical centre",
  },
  "token-label": { kk: "Белгісі", ru: "Пометка", en: "Label" },
  "token-value": { kk: "Токен", ru: "Токен", en: "Token" },
  "token-label-too-long": {
    kk: "--label тым ұзын: {max} таңбадан аспасын.",
    ru: "Пометка --label слишком длинная: не больше {max} символов.",
    en: "--label is too long: at most {max} characters.",
  },
  "token-label-refused": {
    kk: "--label қабылданбайды: токеннің белгісінде ЖСН болмауы керек.",
    ru: "Пометка --label не принята: в ней не должно быть ИИН.",
    en: "--label refused: a token's label must not hold an ИИН.",
  },
  "token-revoked": {
    kk: "Кіру кілтінің (токеннің) күші жойылды: {id}",
    ru: "Ключ доступа (токен) отозван: {id}",
    en: "Access key (token) revoked: {id}",
  },
  // demo
  "demo-server-running": {
    kk: "Сервер жұмыс істеп тұр: {server}",
    ru: "Сервер уже работает: {server}",
    en: "Server already running: {server}",
  },
  "demo-server-starting": {
    kk: "Жергілікті сервер іске қосылуда…",
    ru: "Запускаю локальный сервер…",
    en: "Starting the local server…",
  },
  "demo-server-started": {
    kk: "Жергілікті сервер іске қосылды: {server}",
    ru: "Локальный сервер запущен: {server}",
    en: "Local server started: {server}",
  },
  "demo-server-stopped": {
    kk: "Жергілікті сервер тоқтатылды.",
    ru: "Локальный сервер остановлен.",
    en: "Local server stopped.",
  },
  "demo-server-failed": {
    kk: "Жергілікті серверді іске қосу мүмкін болмады: {reason}. «npm start» командасын бөлек іске қосып көріңіз.",
    ru: "Не удалось запустить локальный сервер: {reason}. Попробуйте запустить «npm start» отдельно.",
    en: "Could not start the local server: {reason}. Try running “npm start” on its own.",
  },
  "demo-not-local": {
    kk: "Демо тек жергілікті серверде жұмыс істейді (dev-токендер). Серверге қосылу мүмкін болмады: {server}.",
    ru: "Демо работает только с локальным сервером (dev-токены). Не удалось подключиться: {server}.",
    en: "The demo only runs against the local server (dev tokens). Could not reach {server}.",
  },
  "demo-rosters": {
    kk: "{count} тізім жазылды: {dir}",
    ru: "Записано списков: {count} в {dir}",
    en: "Wrote {count} rosters to {dir}",
  },
  "demo-submitted": {
    kk: "{district}: {teachers} педагог, {revision}-нұсқа",
    ru: "{district}: педагогов {teachers}, версия {revision}",
    en: "{district}: {teachers} teachers, revision {revision}",
  },
  "demo-done": {
    kk: "Дайын. Жиынтық есеп: {file}",
    ru: "Готово. Сводный отчёт: {file}",
    en: "Done. Consolidated report: {file}",
  },
  ...KEY_MESSAGES,
  ...TREND_MESSAGES,
  ...GROUP_MESSAGES,
  ...CANDIDATE_MESSAGES,
  ...DUPLICATE_MESSAGES,
  ...SETTINGS_MESSAGES,
  ...YEARS_MESSAGES,
  ...AUDIT_MESSAGES,
} satisfies Record<string, Localized>;

export type MessageKey = keyof typeof CATALOGUE;
export type MessageParams = Record<string, string | number>;

const messages = defineCatalogue(CATALOGUE);

/** The CLI text for `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function t(key: MessageKey, lang: Lang, params: TemplateParams = {}): string {
  return messages.text(key, lang, params);
}

/** A count as each language writes it ("1 204" in kk and ru, "1,204" in en), for a message's `{name}`. */
export function countIn(value: number): Localized {
  return { kk: formatCount(value, "kk"), ru: formatCount(value, "ru"), en: formatCount(value, "en") };
}

/** The text in all three languages (for errors raised before the language is known). */
export function localized(key: MessageKey, params: TemplateParams = {}): Localized {
  return messages.localized(key, params);
}
