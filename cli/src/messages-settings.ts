import type { Localized } from "@sapa/shared";

/** The CLI's texts of `sapa settings` (spread into the CLI catalogue). */
export const SETTINGS_MESSAGES = {
  "settings-subcommand": {
    kk: "Қолдану: sapa settings (баптауларды көрсетеді) · sapa settings set --min-years N",
    ru: "Использование: sapa settings (показать настройки) · sapa settings set --min-years N",
    en: "Usage: sapa settings (shows the settings) · sapa settings set --min-years N",
  },
  "settings-min-years-missing": {
    kk: "Жаңа мәнді --min-years арқылы жазыңыз, мысалы: sapa settings set --min-years 3",
    ru: "Укажите новое значение через --min-years, например: sapa settings set --min-years 3",
    en: "Give the new value with --min-years, e.g. sapa settings set --min-years 3",
  },
  "settings-bad-min-years": {
    kk: "--min-years бүтін жыл саны болуы керек ({min}–{max}): {value}",
    ru: "--min-years должно быть целым числом лет ({min}–{max}): {value}",
    en: "--min-years must be a whole number of years ({min}–{max}): {value}",
  },
  "settings-refused": {
    kk: "Сервер мәнді қабылдамады: соңғы санаттан бері ең аз жыл бүтін сан болуы керек ({min}–{max}). Баптау өзгерген жоқ. Сервер: {message}",
    ru: "Сервер не принял значение: минимум лет после последней категории — целое число от {min} до {max}. Настройка не изменена. Сервер: {message}",
    en: "The server refused the value: the minimum years since the last award is a whole number from {min} to {max}. The setting is unchanged. Server: {message}",
  },
  "settings-heading": {
    kk: "Облыстың баптаулары",
    ru: "Настройки области",
    en: "The region's settings",
  },
  "settings-min-years": {
    kk: "Санатқа үміткерлер: соңғы санаттан бері кемінде {years} жыл",
    ru: "Кандидаты на категорию: минимум лет после последней категории: {years}",
    en: "Candidates for a category: minimum years since the last award: {years}",
  },
  "settings-saved": {
    kk: "Сақталды. Үміткерлер тізімдері енді соңғы санаттан бері кемінде {years} жыл ережесімен есептеледі.",
    ru: "Сохранено. Списки кандидатов теперь считаются с минимумом лет после последней категории: {years}.",
    en: "Saved. The candidates lists now use this minimum of years since the last award: {years}.",
  },
} as const satisfies Record<string, Localized>;

/** `sapa settings` in `sapa --help`. */
export const SETTINGS_HELP = {
  usage: "sapa settings [--json]   ·   sapa settings set --min-years N   (N: 0–5, region token)",
  description: {
    kk: "Облыстың баптаулары: санатқа үміткер болу үшін соңғы санаттан бері өтуі керек ең аз жыл (әдепкі 2). Өзгертуді тек облыс жасайды.",
    ru: "Настройки области: минимум лет после последней категории, чтобы стать кандидатом (по умолчанию 2). Меняет только область.",
    en: "The region's settings: the minimum years since the last award before a teacher is a candidate (default 2). Only the region changes it.",
  } satisfies Localized,
};
