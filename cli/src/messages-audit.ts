import { REVIEW_STATUS_LABELS, type Localized } from "@sapa/shared";

/**
 * What each audited action did, in the words Sapa uses for it elsewhere (the pane's Region tab, `sapa
 * review`, `sapa years`, `sapa keys`, `sapa token`). Keyed by the server's action name.
 */
export const AUDIT_ACTION_WORDS = {
  "submission.create": { kk: "Тізім жіберілді", ru: "Отправлен список", en: "Roster submitted" },
  "review.accept": REVIEW_STATUS_LABELS.accepted,
  "review.return": {
    kk: "Түсініктемемен қайтарылды",
    ru: "Возвращено с комментарием",
    en: "Returned with a comment",
  },
  "review.reopen": { kk: "Қайта ашылды", ru: "Переоткрыто", en: "Reopened" },
  // The district's submission that moves returned data back to review (logged beside submission.create).
  "review.resubmit": {
    kk: "Қайтарылғаннан кейін қайта жіберілді",
    ru: "Снова отправлено после возврата",
    en: "Submitted again after a return",
  },
  "year.lock": { kk: "Оқу жылы жабылды", ru: "Закрыт учебный год", en: "Academic year locked" },
  "year.unlock": { kk: "Оқу жылы ашылды", ru: "Открыт учебный год", en: "Academic year unlocked" },
  "years.window": {
    kk: "Есеп қабылданатын оқу жылдары өзгертілді",
    ru: "Изменены учебные годы, за которые принимаются отчёты",
    en: "Academic years open to submissions changed",
  },
  "targets.put": {
    kk: "Мақсатты көрсеткіштер өзгертілді",
    ru: "Изменены целевые показатели",
    en: "Targets changed",
  },
  "indicator-targets.put": {
    kk: "Жоспардың басқа көрсеткіштерінің мақсаттары өзгертілді",
    ru: "Изменены цели других показателей плана",
    en: "Targets of the plan's other indicators changed",
  },
  "settings.put": {
    kk: "Облыстың баптаулары өзгертілді",
    ru: "Изменены настройки области",
    en: "The region's settings changed",
  },
  "group.put": {
    kk: "Ұйымдар тобы сақталды",
    ru: "Сохранена группа организаций",
    en: "Group of organisations saved",
  },
  "group.delete": {
    kk: "Ұйымдар тобы жойылды",
    ru: "Удалена группа организаций",
    en: "Group of organisations deleted",
  },
  "token.create": { kk: "Кіру кілті шығарылды", ru: "Выпущен ключ доступа", en: "Access key issued" },
  "token.revoke": { kk: "Кіру кілтінің күші жойылды", ru: "Отозван ключ доступа", en: "Access key revoked" },
  "key.publish": { kk: "Облыс кілті жарияланды", ru: "Опубликован ключ области", en: "Region key published" },
} as const satisfies Record<string, Localized>;

/** The CLI's texts of `sapa audit` (spread into the CLI catalogue). */
export const AUDIT_MESSAGES = {
  "audit-bad-limit": {
    kk: "--limit 1-ден {max}-ға дейінгі бүтін сан болуы керек: «{value}».",
    ru: "--limit должен быть целым числом от 1 до {max}: «{value}».",
    en: "--limit must be a whole number from 1 to {max}: “{value}”.",
  },
  "audit-heading": {
    kk: "Өзгерістер журналы (жаңалары жоғарыда)",
    ru: "Журнал изменений (новые сверху)",
    en: "Audit trail (newest first)",
  },
  "audit-empty": {
    kk: "Журналда әзірге жазба жоқ.",
    ru: "В журнале пока нет записей.",
    en: "The trail has no entries yet.",
  },
  "audit-more": {
    kk: "Соңғы {limit} жазба көрсетілді; көбірек: sapa audit --limit N ({max}-ға дейін)",
    ru: "Показаны последние записи: {limit}; больше: sapa audit --limit N (до {max})",
    en: "The newest {limit} entries are shown; for more: sapa audit --limit N (up to {max})",
  },
  "audit-by": { kk: "кім: {who}", ru: "кто: {who}", en: "by {who}" },
  // An entry without a token: the first region token, issued on the server itself (scripts/first-token.mjs).
  "audit-by-server": {
    kk: "Sapa серверіне қызмет көрсететін маман",
    ru: "тот, кто обслуживает сервер Sapa",
    en: "whoever runs the Sapa server",
  },
  "audit-role-region": { kk: "облыс", ru: "область", en: "region" },
  "audit-role-district": { kk: "аудан", ru: "район", en: "district" },
  "audit-rows": { kk: "{rows} педагог", ru: "педагогов {rows}", en: "{rows} teachers" },
  "audit-revision": { kk: "{revision}-нұсқа", ru: "версия {revision}", en: "revision {revision}" },
  "audit-group": {
    kk: "«{name}», {members} ұйым",
    ru: "«{name}», организаций: {members}",
    en: "“{name}”, {members} organisations",
  },
  "audit-min-years": {
    kk: "соңғы санаттан бері кемінде {years} жыл",
    ru: "минимум лет после последней категории: {years}",
    en: "minimum years since the last award: {years}",
  },
} as const satisfies Record<string, Localized>;

/** `sapa audit` in `sapa --help`. */
export const AUDIT_HELP = {
  usage: "sapa audit [--limit N] [--json]   (region token; N: 1–1000, default 50)",
  description: {
    kk: "Өзгерістер журналы, жаңалары жоғарыда: кім, қашан, қай аудан мен оқу жылы үшін тізім жіберді, деректерді қабылдады не қайтарды, жылды жапты, мақсаттарды не баптауларды өзгертті, кіру кілтін шығарды.",
    ru: "Журнал изменений, новые сверху: кто и когда отправил список, принял или вернул данные, закрыл год, изменил цели или настройки, выпустил ключ доступа — по району и учебному году.",
    en: "The audit trail, newest first: who submitted a roster, accepted or returned data, locked a year, changed targets or settings, or issued an access key, when, for which district and academic year.",
  } satisfies Localized,
};
