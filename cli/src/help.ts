import type { Lang } from "@sapa/shared";
import { DUPLICATE_HELP } from "./messages-duplicates.ts";
import { SETTINGS_HELP } from "./messages-settings.ts";
import { TREND_HELP } from "./messages-trend.ts";

const USAGE: Record<string, string> = {
  check:
    "sapa check FILE.xlsx [--sheet NAME] [--as-of YYYY-MM-DD] [--year YYYY-YYYY] [--map field=Header]… [--lang kk|ru|en] [--json]",
  submit:
    "sapa submit FILE.xlsx --district ID [--year YYYY-YYYY] [--as-of YYYY-MM-DD] [--sheet NAME] [--map field=Header]… [--accept-new-key] [--server URL] [--token T] [--json]",
  report:
    "sapa report [--year YYYY-YYYY] [--json | --csv | --out report.xlsx] [--key KEYFILE] [--lang kk|ru|en] [--server URL] [--token T]",
  token: "sapa token create --district ID | --region [--label L]   ·   sapa token revoke ID",
  review:
    'sapa review list [--year YYYY-YYYY]   ·   sapa review accept|reopen ID [--year YYYY-YYYY] [--revision N]   ·   sapa review return ID --comment "…" [--year YYYY-YYYY]',
  status: "sapa status [--year YYYY-YYYY] [--json]",
  keys: "sapa keys create [--out FILE]   ·   sapa keys show   ·   sapa keys check FILE   ·   sapa keys publish FILE   ·   sapa keys migrate [--year YYYY-YYYY] [--district ID] [--dry-run] [--key FILE]   (SAPA_KEY_PASSPHRASE or asked)",
  trend: TREND_HELP.usage,
  group:
    "sapa group list [--csv] [--year YYYY-YYYY]   ·   sapa group set NAME --from groups.xlsx|.csv [--sheet S] [--year YYYY-YYYY]   ·   sapa group show NAME [--year YYYY-YYYY] [--json]   ·   sapa group delete NAME",
  candidates: "sapa candidates [--year YYYY-YYYY] [--district ID] [--json]",
  duplicates: DUPLICATE_HELP.usage,
  settings: SETTINGS_HELP.usage,
  demo: "sapa demo [--server URL]   (npm run demo)",
};

const DESCRIPTION: Record<string, Record<Lang, string>> = {
  check: {
    kk: "Педагогтер тізімін (.xlsx) тексереді: қателер мен көрсеткіштер.",
    ru: "Проверяет список педагогов (.xlsx): ошибки и показатели.",
    en: "Checks a teacher roster (.xlsx): problems and figures.",
  },
  submit: {
    kk: "Тізімді тексеріп, облыстық серверге жібереді.",
    ru: "Проверяет список и отправляет его на областной сервер.",
    en: "Checks the roster and submits it to the regional server.",
  },
  report: {
    kk: "Облыстың жиынтық есебін алады (кесте, JSON, CSV немесе .xlsx).",
    ru: "Получает сводный отчёт области (таблица, JSON, CSV или .xlsx).",
    en: "Pulls the region's consolidated report (table, JSON, CSV or .xlsx).",
  },
  token: {
    kk: "Аудан не облыс үшін кіру токенін жасайды немесе кері қайтарады.",
    ru: "Создаёт или отзывает токен доступа района или области.",
    en: "Creates or revokes an access token for a district or the region.",
  },
  review: {
    kk: "Облыс ауданның деректерін қабылдайды, түсініктемемен қайтарады не қайта ашады; тізім — 13 бөлімшенің мәртебесі.",
    ru: "Область принимает данные района, возвращает их с комментарием или переоткрывает; list — статусы 13 единиц.",
    en: "The region accepts a district's data, returns it with a comment or reopens it; list shows the 13 units' status.",
  },
  status: {
    kk: "Ауданның тексеру мәртебесі және облыстың түсініктемесі (облыс токенімен — 13 бөлімше).",
    ru: "Статус проверки района и комментарий области (с токеном области — все 13 единиц).",
    en: "The district's review status and the region's comment (with a region token, all 13 units).",
  },
  keys: {
    kk: "Облыс кілті: жасау (create), сервердегі кілттің саусақ ізі (show), кілт файлын тексеру (check), ашық кілтті жариялау (publish), бұрын ашық сақталған аттарды шифрлау (migrate).",
    ru: "Ключ области: создать (create), отпечаток ключа на сервере (show), проверить файл ключа (check), опубликовать открытый ключ (publish), зашифровать имена, сохранённые раньше открыто (migrate).",
    en: "The region's key: create a key file, show the server's key fingerprint, check a key file, publish its public key, re-seal names stored in clear before (migrate).",
  },
  trend: TREND_HELP.description,
  group: {
    kk: "Облыс ұйымдар топтарын анықтайды (аудан + ұйым атауы бар файлдан) және топтың көрсеткіштерін көреді.",
    ru: "Область задаёт группы организаций (из файла со столбцами район и организация) и смотрит показатели группы.",
    en: "The region defines groups of organisations (from a file with district and organisation columns) and reads a group's figures.",
  },
  candidates: {
    kk: "Әр санат бойынша: мақсатқа қанша педагог қажет, қанша үміткер бар және қаншасы жетіспейді — аудандар мен ұйымдар бойынша (аты-жөнсіз).",
    ru: "По каждой категории: сколько педагогов нужно по цели, сколько кандидатов и скольких не хватает — по районам и организациям (без ФИО).",
    en: "Per category: the awards the target needs, the candidates and the shortfall, by district and organisation (no names).",
  },
  duplicates: DUPLICATE_HELP.description,
  settings: SETTINGS_HELP.description,
  demo: {
    kk: "13 бөлімшеге үлгі тізімдер жасап, жібереді және есеп шығарады.",
    ru: "Создаёт примеры списков для 13 единиц, отправляет их и строит отчёт.",
    en: "Writes sample rosters for the 13 units, submits them and builds the report.",
  },
};

const FOOTER: Record<Lang, string> = {
  kk: "Шығу коды: 0 сәтті, 1 қабылданбады (тізімде қате, 4xx), 2 қолдану, файл не желі қатесі.\nСервер мен токен: --server/--token немесе SAPA_SERVER/SAPA_TOKEN (әдепкі https://localhost:3000).",
  ru: "Код выхода: 0 успех, 1 отклонено (ошибки в списке, 4xx), 2 ошибка использования, файла или сети.\nСервер и токен: --server/--token или SAPA_SERVER/SAPA_TOKEN (по умолчанию https://localhost:3000).",
  en: "Exit status: 0 success, 1 rejected (roster errors, 4xx), 2 usage, file or network error.\nServer and token: --server/--token or SAPA_SERVER/SAPA_TOKEN (default https://localhost:3000).",
};

/** Usage of one command, or of all of them. */
export function helpText(command: string | undefined, lang: Lang): string {
  const names = command && command in USAGE ? [command] : Object.keys(USAGE);
  const blocks = names.map((name) => `  ${USAGE[name]}\n      ${DESCRIPTION[name]![lang]}`);
  return `Sapa\n\n${blocks.join("\n\n")}\n\n${FOOTER[lang]}\n`;
}
