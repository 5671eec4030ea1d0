import type { Localized } from "@sapa/shared";

/** The CLI's texts of `sapa group` (spread into the CLI catalogue). */
export const GROUP_MESSAGES = {
  "group-subcommand": {
    kk: "Қолдану: sapa group list [--csv] | set АТАУЫ --from ФАЙЛ | show АТАУЫ [--year ЖЖЖЖ-ЖЖЖЖ] | delete АТАУЫ",
    ru: "Использование: sapa group list [--csv] | set НАЗВАНИЕ --from ФАЙЛ | show НАЗВАНИЕ [--year ГГГГ-ГГГГ] | delete НАЗВАНИЕ",
    en: "Usage: sapa group list [--csv] | set NAME --from FILE | show NAME [--year YYYY-YYYY] | delete NAME",
  },
  "group-name-missing": {
    kk: 'Топтың атауын жазыңыз, мысалы: sapa group {action} "Құзыреттілік орталықтары"',
    ru: 'Укажите название группы, например: sapa group {action} "Центры компетенций"',
    en: 'Name the group, e.g. sapa group {action} "Competence centres"',
  },
  "group-from-missing": {
    kk: "Ұйымдар тізімінің файлын --from арқылы көрсетіңіз (.xlsx немесе .csv, «Аудан» және «Мектепке дейінгі ұйым» бағандары).",
    ru: "Укажите файл со списком организаций через --from (.xlsx или .csv, столбцы «Район» и «Дошкольная организация»).",
    en: "Give the member list with --from (.xlsx or .csv, columns “District” and “Organisation”).",
  },
  "group-file-errors": {
    kk: "Ұйымдар тізімінде қателер бар ({file}). Оларды түзетіп, қайталаңыз; топ сақталған жоқ.",
    ru: "В списке организаций есть ошибки ({file}). Исправьте их и повторите; группа не сохранена.",
    en: "The member list has errors ({file}). Fix them and try again; the group was not saved.",
  },
  "group-file-empty": {
    kk: "Файлда бірде-бір ұйым жоқ: {file}",
    ru: "В файле нет ни одной организации: {file}",
    en: "The file lists no organisation: {file}",
  },
  "group-saved": {
    kk: "Топ сақталды: {name} — {members} ұйым.",
    ru: "Группа сохранена: {name} — организаций: {members}.",
    en: "Group saved: {name} — organisations: {members}.",
  },
  "group-all-matched": {
    kk: "Барлық ұйым {year} оқу жылының деректерінде табылды.",
    ru: "Все организации найдены в данных {year} учебного года.",
    en: "Every organisation is in the data of {year}.",
  },
  "group-unmatched": {
    kk: "{year} оқу жылының деректерінде табылмаған ұйымдар ({count}): атауын ауданның тізіміндегідей жазыңыз немесе аудан әлі жібермеген.",
    ru: "Не найдены в данных {year} учебного года ({count}): проверьте написание по списку района, либо район ещё не отправил данные.",
    en: "Not found in the data of {year} ({count}): check the spelling against the district's roster, or the district has not submitted yet.",
  },
  "group-year-newest": {
    kk: "Ұйымдар {year} оқу жылының деректерімен салыстырылды (деректері бар ең соңғы жыл; басқа жыл: --year ЖЖЖЖ-ЖЖЖЖ).",
    ru: "Организации сверены с данными {year} учебного года (последнего года, за который есть данные; другой год: --year ГГГГ-ГГГГ).",
    en: "Members checked against the data of {year} (the newest year with data; another year: --year YYYY-YYYY).",
  },
  "group-year-no-data": {
    kk: "Серверде әлі ешбір оқу жылының деректері жоқ, сондықтан ұйымдарды салыстыратын жыл жоқ. Жылды --year арқылы көрсетіңіз (мысалы --year 2025-2026) немесе аудандар деректерін жібергеннен кейін қайталаңыз; топ сақталған жоқ.",
    ru: "На сервере пока нет данных ни за один учебный год, сверять организации не с чем. Укажите год через --year (например, --year 2025-2026) или повторите, когда районы отправят данные; группа не сохранена.",
    en: "The server has no data for any academic year yet, so there is nothing to check the members against. Give the year with --year (e.g. --year 2025-2026) or try again once districts have submitted; the group was not saved.",
  },
  "group-none": {
    kk: "Әзірге топ жоқ. Жасау: sapa group set АТАУЫ --from ФАЙЛ",
    ru: "Групп пока нет. Создать: sapa group set НАЗВАНИЕ --from ФАЙЛ",
    en: "No groups yet. Create one: sapa group set NAME --from FILE",
  },
  "group-deleted": {
    kk: "Топ жойылды: {name}",
    ru: "Группа удалена: {name}",
    en: "Group deleted: {name}",
  },
} as const satisfies Record<string, Localized>;
