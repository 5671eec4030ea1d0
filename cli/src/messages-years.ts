import { YEAR_LOCK_TEXTS, type Localized } from "@sapa/shared";

/** The CLI's texts of `sapa years` (spread into the CLI catalogue). */
export const YEARS_MESSAGES = {
  "years-subcommand": {
    kk: "Қолдану: sapa years · sapa years lock --year ЖЖЖЖ-ЖЖЖЖ · sapa years unlock --year ЖЖЖЖ-ЖЖЖЖ · sapa years window --from ЖЖЖЖ-ЖЖЖЖ --to ЖЖЖЖ-ЖЖЖЖ",
    ru: "Использование: sapa years · sapa years lock --year ГГГГ-ГГГГ · sapa years unlock --year ГГГГ-ГГГГ · sapa years window --from ГГГГ-ГГГГ --to ГГГГ-ГГГГ",
    en: "Usage: sapa years · sapa years lock --year YYYY-YYYY · sapa years unlock --year YYYY-YYYY · sapa years window --from YYYY-YYYY --to YYYY-YYYY",
  },
  "years-year-needed": {
    kk: "Қай оқу жылын екенін --year арқылы жазыңыз, мысалы: sapa years {action} --year 2025-2026",
    ru: "Укажите учебный год через --year, например: sapa years {action} --year 2025-2026",
    en: "Name the academic year with --year, e.g. sapa years {action} --year 2025-2026",
  },
  "years-window-needed": {
    kk: "Облыс ашатын жылдарды --from және --to арқылы жазыңыз, мысалы: sapa years window --from 2025-2026 --to 2028-2029",
    ru: "Укажите открываемые областью годы через --from и --to, например: sapa years window --from 2025-2026 --to 2028-2029",
    en: "Give the years the region opens with --from and --to, e.g. sapa years window --from 2025-2026 --to 2028-2029",
  },
  "years-bad-window-year": {
    kk: "--{flag} оқу жылы қате: «{value}». Пішімі ЖЖЖЖ-ЖЖЖЖ, мысалы 2025-2026.",
    ru: "Неверный учебный год --{flag}: «{value}». Формат ГГГГ-ГГГГ, например 2025-2026.",
    en: "Bad academic year for --{flag}: “{value}”. Use YYYY-YYYY, e.g. 2025-2026.",
  },
  "years-window-order": {
    kk: "--from {from} оқу жылы --to {to} жылынан кейін тұр. Алдымен ертерек жылды жазыңыз, мысалы: sapa years window --from {to} --to {from}",
    ru: "Учебный год --from {from} идёт после --to {to}. Сначала укажите более ранний год, например: sapa years window --from {to} --to {from}",
    en: "The academic year --from {from} comes after --to {to}. Give the earlier year first, e.g. sapa years window --from {to} --to {from}",
  },
  "years-window-span": {
    kk: "--from {from} … --to {to} тым ұзақ: облыс ең көбі {max} оқу жылын аша алады.",
    ru: "Промежуток --from {from} … --to {to} слишком длинный: область может открыть не больше {max} учебных лет.",
    en: "The span --from {from} … --to {to} is too long: the region opens at most {max} academic years.",
  },
  // The pane's Region tab says the open years and a year's lock in the same words.
  "years-heading": YEAR_LOCK_TEXTS.openYears,
  "years-window": YEAR_LOCK_TEXTS.window,
  "years-open": YEAR_LOCK_TEXTS.open,
  "years-locked": YEAR_LOCK_TEXTS.lockedSince,
  "years-now-locked": {
    kk: "{year} оқу жылы жабылды ({time}): аудандардың жіберуі мен тексерудегі өзгерістер қабылданбайды. Қайта ашу: sapa years unlock --year {year}",
    ru: "{year} учебный год закрыт ({time}): отправка районов и изменения проверки не принимаются. Открыть снова: sapa years unlock --year {year}",
    en: "Academic year {year} is locked ({time}): districts' submissions and review changes are refused. To unlock: sapa years unlock --year {year}",
  },
  "years-now-unlocked": {
    kk: "{year} оқу жылы ашылды: аудандар қайта жібере алады, тексеруді өзгертуге болады.",
    ru: "{year} учебный год открыт: районы снова могут отправлять, проверку можно менять.",
    en: "Academic year {year} is unlocked: districts may submit again and the review may change.",
  },
  "years-window-saved": {
    kk: "Сақталды. Есеп қабылданатын жылдар: {open}",
    ru: "Сохранено. Отчёты принимаются за годы: {open}",
    en: "Saved. Submissions are taken for: {open}",
  },
} as const satisfies Record<string, Localized>;

/** `sapa years` in `sapa --help`. */
export const YEARS_HELP = {
  usage:
    "sapa years [--json]   ·   sapa years lock|unlock --year YYYY-YYYY   ·   sapa years window --from YYYY-YYYY --to YYYY-YYYY   (lock, unlock, window: region token)",
  description: {
    kk: "Есеп қабылданатын оқу жылдары: қайсысы ашық, қайсысы жабық. Облыс маусым соңында жылды жабады (жіберу мен тексеру тоқтайды) және қайта ашады, жоспардан тыс жылдарды ашады.",
    ru: "Учебные годы, за которые принимаются отчёты: какие открыты, какие закрыты. Область закрывает год в конце сезона (отправка и проверка останавливаются), открывает его снова и открывает годы вне плана.",
    en: "The academic years open to submissions, and which are locked. The region locks a year at the season's end (submissions and review stop), unlocks it, and opens years beyond the plan's.",
  } satisfies Localized,
};
