import { CANDIDATE_TEXTS, type Localized } from "@sapa/shared";

/** The CLI's texts of `sapa candidates` (spread into the CLI catalogue). */
export const CANDIDATE_MESSAGES = {
  "candidates-heading": {
    kk: "Санатқа үміткерлер · {year}",
    ru: "Кандидаты на категорию · {year}",
    en: "Candidates for a category · {year}",
  },
  "candidates-rule": CANDIDATE_TEXTS.rule,
  "candidates-no-data": {
    kk: "{year} оқу жылына деректер жоқ.",
    ru: "За {year} учебный год данных нет.",
    en: "There is no data for {year}.",
  },
  "candidates-no-stage": CANDIDATE_TEXTS.noStage,
  "candidates-uncertain": CANDIDATE_TEXTS.uncertain,
} as const satisfies Record<string, Localized>;
