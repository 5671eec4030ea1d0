import type { Lang } from "@sapa/shared";
import type { CommandLine } from "./command-line.ts";
import type { Io } from "./io.ts";
import { DUPLICATE_HELP } from "./messages-duplicates.ts";
import { SETTINGS_HELP } from "./messages-settings.ts";
import { YEARS_HELP } from "./messages-years.ts";
import { AUDIT_HELP } from "./messages-audit.ts";
import { TREND_HELP } from "./messages-trend.ts";

/** One option as `util.parseArgs` takes it, plus the example shown when its value is missing. */
export interface OptionSpec {
  type: "string" | "boolean";
  multiple?: boolean;
  /** Shown in "needs a value" messages. */
  example?: string;
}

/**
 * One `sapa` command: what it accepts, how help shows it and which module runs it. Adding a command is one
 * entry here plus its module under commands/ (the bundle makes every module there its own lazy file).
 */
export interface CommandSpec {
  /** The options besides --lang and -h/--help, which every command takes. */
  options: Record<string, OptionSpec>;
  /** Positional arguments the command takes at most. */
  positionals: number;
  /** Help's synopsis line; a command without one (help) is not listed. */
  usage?: string;
  description?: Record<Lang, string>;
  /** Loads the command's module only when it runs, so start-up pays for none of the others. */
  run?: (line: CommandLine, io: Io) => Promise<number>;
}

const SERVER: OptionSpec = { type: "string", example: "https://localhost:3000" };
const TOKEN: OptionSpec = { type: "string", example: "dev-region" };
const SHEET: OptionSpec = { type: "string", example: '"Тізім"' };
const AS_OF: OptionSpec = { type: "string", example: "2026-05-31" };
const YEAR: OptionSpec = { type: "string", example: "2025-2026" };
const MAP: OptionSpec = { type: "string", multiple: true, example: 'category="Санаты"' };
const DISTRICT: OptionSpec = { type: "string", example: "alga" };
const KEY_FILE: OptionSpec = { type: "string", example: "region-key.json" };
const JSON_FLAG: OptionSpec = { type: "boolean" };
const FLAG: OptionSpec = { type: "boolean" };
/** The server and token every command that talks to the server takes. */
const API = { server: SERVER, token: TOKEN };

export const COMMAND_TABLE = {
  check: {
    options: { sheet: SHEET, "as-of": AS_OF, year: YEAR, map: MAP, json: JSON_FLAG },
    positionals: 1,
    usage:
      "sapa check FILE.xlsx [--sheet NAME] [--as-of DD.MM.YYYY] [--year YYYY-YYYY] [--map field=Header]… [--lang kk|ru|en] [--json]",
    description: {
      kk: "Педагогтер тізімін (.xlsx, .xlsm немесе CSV) тексереді: қателер мен көрсеткіштер.",
      ru: "Проверяет список педагогов (.xlsx, .xlsm или CSV): ошибки и показатели.",
      en: "Checks a teacher roster (.xlsx, .xlsm or CSV): problems and figures.",
    },
    run: async (line, io) => (await import("./commands/check.ts")).checkCommand(line, io),
  },
  submit: {
    options: {
      district: DISTRICT,
      sheet: SHEET,
      "as-of": AS_OF,
      year: YEAR,
      map: MAP,
      "accept-new-key": FLAG,
      ...API,
      json: JSON_FLAG,
    },
    positionals: 1,
    usage:
      "sapa submit FILE.xlsx --district ID [--year YYYY-YYYY] [--as-of DD.MM.YYYY] [--sheet NAME] [--map field=Header]… [--accept-new-key] [--server URL] [--token T] [--json]",
    description: {
      kk: "Тізімді тексеріп, облыстық серверге жібереді.",
      ru: "Проверяет список и отправляет его на областной сервер.",
      en: "Checks the roster and submits it to the regional server.",
    },
    run: async (line, io) => (await import("./commands/submit.ts")).submitCommand(line, io),
  },
  report: {
    options: {
      year: YEAR,
      json: JSON_FLAG,
      csv: FLAG,
      out: { type: "string", example: "report.xlsx" },
      key: KEY_FILE,
      ...API,
    },
    positionals: 0,
    usage:
      "sapa report [--year YYYY-YYYY] [--json | --csv | --out report.xlsx] [--key KEYFILE] [--lang kk|ru|en] [--server URL] [--token T]",
    description: {
      kk: "Облыстың жиынтық есебін алады (кесте, JSON, CSV немесе .xlsx).",
      ru: "Получает сводный отчёт области (таблица, JSON, CSV или .xlsx).",
      en: "Pulls the region's consolidated report (table, JSON, CSV or .xlsx).",
    },
    run: async (line, io) => (await import("./commands/report.ts")).reportCommand(line, io),
  },
  token: {
    options: {
      district: DISTRICT,
      region: FLAG,
      label: { type: "string", example: '"Alga, methodist"' },
      ...API,
      json: JSON_FLAG,
    },
    positionals: 2,
    usage:
      "sapa token create --district ID | --region [--label L] [--json]   ·   sapa token revoke ID [--json]",
    description: {
      kk: "Аудан не облыс үшін кіру кілтін (токен) жасайды немесе оның күшін жояды.",
      ru: "Создаёт или отзывает ключ доступа (токен) района или области.",
      en: "Creates or revokes an access key (token) for a district or the region.",
    },
    run: async (line, io) => (await import("./commands/token.ts")).tokenCommand(line, io),
  },
  review: {
    options: {
      year: YEAR,
      comment: { type: "string", example: '"Категории в д/с №3"' },
      revision: { type: "string", example: "2" },
      ...API,
      json: JSON_FLAG,
    },
    positionals: 2,
    usage:
      'sapa review list [--year YYYY-YYYY] [--json]   ·   sapa review accept|reopen ID [--year YYYY-YYYY] [--revision N] [--json]   ·   sapa review return ID --comment "…" [--year YYYY-YYYY] [--json]',
    description: {
      kk: "Облыс ауданның деректерін қабылдайды, түсініктемемен қайтарады не қайта ашады; list — 13 бірліктің мәртебесі.",
      ru: "Область принимает данные района, возвращает их с комментарием или переоткрывает; list — статусы 13 единиц.",
      en: "The region accepts a district's data, returns it with a comment or reopens it; list shows the 13 units' status.",
    },
    run: async (line, io) => (await import("./commands/review.ts")).reviewCommand(line, io),
  },
  status: {
    options: { year: YEAR, ...API, json: JSON_FLAG },
    positionals: 0,
    usage: "sapa status [--year YYYY-YYYY] [--json]",
    description: {
      kk: "Ауданның тексеру мәртебесі және облыстың түсініктемесі (облыс токенімен — 13 бірлік).",
      ru: "Статус проверки района и комментарий области (с токеном области — все 13 единиц).",
      en: "The district's review status and the region's comment (with a region token, all 13 units).",
    },
    run: async (line, io) => (await import("./commands/review.ts")).statusCommand(line, io),
  },
  keys: {
    options: {
      out: KEY_FILE,
      ...API,
    },
    positionals: 2,
    usage:
      "sapa keys create [--out FILE]   ·   sapa keys show   ·   sapa keys check FILE   ·   sapa keys publish FILE",
    description: {
      kk: "Облыс кілті: жасау (create), сервердегі кілттің саусақ ізі (show), кілт файлын тексеру (check), ашық кілтті жариялау (publish). Құпия сөз SAPA_KEY_PASSPHRASE айнымалысынан алынады, ол жоқ болса сұралады.",
      ru: "Ключ области: создать (create), отпечаток ключа на сервере (show), проверить файл ключа (check), опубликовать открытый ключ (publish). Парольная фраза берётся из SAPA_KEY_PASSPHRASE, а без неё запрашивается.",
      en: "The region's key: create a key file, show the server's key fingerprint, check a key file, publish its public key. The passphrase comes from SAPA_KEY_PASSPHRASE, or is asked for.",
    },
    run: async (line, io) => (await import("./commands/keys.ts")).keysCommand(line, io),
  },
  trend: {
    options: {
      csv: { type: "string", example: "trend.csv" },
      xlsx: { type: "string", example: "trend.xlsx" },
      ...API,
    },
    positionals: 0,
    usage: TREND_HELP.usage,
    description: TREND_HELP.description,
    run: async (line, io) => (await import("./commands/trend.ts")).trendCommand(line, io),
  },
  group: {
    options: {
      from: { type: "string", example: "groups.xlsx" },
      csv: FLAG,
      sheet: SHEET,
      year: YEAR,
      ...API,
      json: JSON_FLAG,
    },
    positionals: 2,
    usage:
      "sapa group list [--csv] [--year YYYY-YYYY]   ·   sapa group set NAME --from groups.xlsx|.csv [--sheet S] [--year YYYY-YYYY]   ·   sapa group show NAME [--year YYYY-YYYY] [--json]   ·   sapa group delete NAME",
    description: {
      kk: "Облыс ұйымдар топтарын анықтайды (аудан + ұйым атауы бар файлдан) және топтың көрсеткіштерін көреді.",
      ru: "Область задаёт группы организаций (из файла со столбцами район и организация) и смотрит показатели группы.",
      en: "The region defines groups of organisations (from a file with district and organisation columns) and reads a group's figures.",
    },
    run: async (line, io) => (await import("./commands/group.ts")).groupCommand(line, io),
  },
  candidates: {
    options: { year: YEAR, district: DISTRICT, ...API, json: JSON_FLAG },
    positionals: 0,
    usage: "sapa candidates [--year YYYY-YYYY] [--district ID] [--json]",
    description: {
      kk: "Әр санат бойынша: мақсатқа қанша педагог қажет, қанша үміткер бар және қаншасы жетіспейді — аудандар мен ұйымдар бойынша (аты-жөнсіз).",
      ru: "По каждой категории: сколько педагогов нужно по цели, сколько кандидатов и скольких не хватает — по районам и организациям (без ФИО).",
      en: "Per category: the awards the target needs, the candidates and the shortfall, by district and organisation (no names).",
    },
    run: async (line, io) => (await import("./commands/candidates.ts")).candidatesCommand(line, io),
  },
  duplicates: {
    options: {
      key: KEY_FILE,
      year: YEAR,
      csv: { type: "string", example: "duplicates.csv" },
      ...API,
      json: JSON_FLAG,
    },
    positionals: 0,
    usage: DUPLICATE_HELP.usage,
    description: DUPLICATE_HELP.description,
    run: async (line, io) => (await import("./commands/duplicates.ts")).duplicatesCommand(line, io),
  },
  settings: {
    options: { "min-years": { type: "string", example: "3" }, ...API, json: JSON_FLAG },
    positionals: 1,
    usage: SETTINGS_HELP.usage,
    description: SETTINGS_HELP.description,
    run: async (line, io) => (await import("./commands/settings.ts")).settingsCommand(line, io),
  },
  years: {
    options: {
      year: YEAR,
      from: { type: "string", example: "2025-2026" },
      to: { type: "string", example: "2028-2029" },
      ...API,
      json: JSON_FLAG,
    },
    positionals: 1,
    usage: YEARS_HELP.usage,
    description: YEARS_HELP.description,
    run: async (line, io) => (await import("./commands/years.ts")).yearsCommand(line, io),
  },
  audit: {
    options: { limit: { type: "string", example: "200" }, ...API, json: JSON_FLAG },
    positionals: 0,
    usage: AUDIT_HELP.usage,
    description: AUDIT_HELP.description,
    run: async (line, io) => (await import("./commands/audit.ts")).auditCommand(line, io),
  },
  demo: {
    options: { server: SERVER },
    positionals: 0,
    usage: "sapa demo [--server URL]   (npm run demo)",
    description: {
      kk: "13 бірлікке үлгі тізімдер жасап, жібереді және есеп шығарады.",
      ru: "Создаёт примеры списков для 13 единиц, отправляет их и строит отчёт.",
      en: "Writes sample rosters for the 13 units, submits them and builds the report.",
    },
    run: async (line, io) => (await import("./commands/demo.ts")).demoCommand(line, io),
  },
  // `sapa help [COMMAND]`: answered by main itself, so it has no module and is not listed.
  help: { options: {}, positionals: 1 },
} satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMAND_TABLE;

/** The command named `name`, or undefined for anything else (including Object.prototype's names). */
export function commandSpec(name: string): CommandSpec | undefined {
  return Object.hasOwn(COMMAND_TABLE, name)
    ? (COMMAND_TABLE as Record<string, CommandSpec>)[name]
    : undefined;
}
