import type { Localized } from "@sapa/shared";

/** The CLI's texts of `sapa duplicates` (spread into the CLI catalogue). */
export const DUPLICATE_MESSAGES = {
  "duplicates-heading": {
    kk: "Бір педагог бірнеше ауданда · {year}",
    ru: "Один педагог в нескольких районах · {year}",
    en: "The same teacher in two or more districts · {year}",
  },
  "duplicates-key-missing": {
    kk: "Облыс кілтінің файлын көрсетіңіз: sapa duplicates --key FILE (құпия сөз SAPA_KEY_PASSPHRASE айнымалысында). Аты-жөндер мен ЖСН тек сол кілтпен ашылады.",
    ru: "Укажите файл ключа области: sapa duplicates --key FILE (парольная фраза в переменной SAPA_KEY_PASSPHRASE). ФИО и ИИН открываются только этим ключом.",
    en: "Name the region's key file: sapa duplicates --key FILE (passphrase in SAPA_KEY_PASSPHRASE). Names and ИИН keys open only with it.",
  },
  "duplicates-not-csv": {
    kk: "--csv файлының атауы .csv болып аяқталуы керек: «{file}».",
    ru: "Имя файла --csv должно оканчиваться на .csv: «{file}».",
    en: "The --csv file name must end in .csv: “{file}”.",
  },
  "duplicates-no-data": {
    kk: "{year} оқу жылына бірде-бір аудан тізім жібермеген: салыстыратын ештеңе жоқ.",
    ru: "За {year} учебный год ни один район не прислал список: сравнивать нечего.",
    en: "No district has submitted a list for {year}: there is nothing to compare.",
  },
  "duplicates-reading": {
    kk: "Оқылуда: {district} ({done} / {total})…",
    ru: "Читаю: {district} ({done} / {total})…",
    en: "Reading {district} ({done} / {total})…",
  },
  "duplicates-none": {
    kk: "Екі не одан көп ауданның тізімінде бір педагог жоқ.",
    ru: "Ни один педагог не указан в списках двух и более районов.",
    en: "No teacher is listed in two or more districts.",
  },
  "duplicates-found": {
    kk: "Бірнеше ауданның тізімінде бар педагогтер: {people}.",
    ru: "Педагогов в списках нескольких районов: {people}.",
    en: "Teachers listed in two or more districts: {people}.",
  },
  "duplicates-not-opened": {
    kk: "Назар аударыңыз: {count} жол ашылмады (өзгертілген болуы мүмкін) және салыстырылмады. Ол аудандарға тізімді қайта жіберуді сұраңыз.",
    ru: "Внимание: строк, которые не открылись (возможно, изменены) и не сравнивались: {count}. Попросите эти районы отправить список заново.",
    en: "Note: rows that did not open (possibly altered) and were not compared: {count}. Ask those districts to submit their list again.",
  },
  "duplicates-without-iin": {
    kk: "ЖСН көрсетілмеген {count} жол салыстырылмады.",
    ru: "Строк без ИИН, которые нельзя сравнить: {count}.",
    en: "Rows without an ИИН, which cannot be compared: {count}.",
  },
  "duplicates-wrong-key": {
    kk: "{district}: тізім облыстың басқа кілтіне шифрланған (кілт идентификаторы {keyId}). Сол кілттің файлын --key арқылы беріңіз. Ештеңе жазылған жоқ.",
    ru: "{district}: список зашифрован на другой ключ области (идентификатор ключа {keyId}). Укажите файл того ключа в --key. Ничего не записано.",
    en: "{district}: the list is encrypted to another regional key (key id {keyId}). Give that key's file with --key. Nothing was written.",
  },
  "duplicates-written": {
    kk: "Кесте жазылды: {file}",
    ru: "Таблица записана: {file}",
    en: "Table written: {file}",
  },
} as const satisfies Record<string, Localized>;

/** `sapa duplicates` in the help (usage line and description). */
export const DUPLICATE_HELP = {
  usage: "sapa duplicates --key KEYFILE [--year YYYY-YYYY] [--csv FILE.csv] [--json]   (SAPA_KEY_PASSPHRASE)",
  description: {
    kk: "Облыс: екі не одан көп ауданның тізімінде бар педагогтерді (бір ЖСН) табады. Облыс кілтімен ашады; сервер аты-жөндерді көрмейді.",
    ru: "Область: находит педагогов, которые есть в списках двух и более районов (один ИИН). Открывает ключом области; сервер ФИО не видит.",
    en: "Region: finds teachers listed in two or more districts (the same ИИН), opened with the region's key; the server never sees the names.",
  },
} as const;
