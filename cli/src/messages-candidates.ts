import type { Localized } from "@sapa/shared";

/** The CLI's texts of `sapa candidates` (spread into the CLI catalogue). */
export const CANDIDATE_MESSAGES = {
  "candidates-heading": {
    kk: "Санатқа үміткерлер · {year}",
    ru: "Кандидаты на категорию · {year}",
    en: "Candidates for a category · {year}",
  },
  "candidates-rule": {
    kk: "Үміткер — бір саты төмен санаты бар, соңғы санатынан бері кемінде {years} жыл өткен (облыс белгілейді), не санатының мерзімі осы оқу жылында аяқталатын педагог.",
    ru: "Кандидат — педагог с категорией на ступень ниже, у которого с последней категории прошло не менее {years} лет (задаёт область), или чья категория истекает в этом учебном году.",
    en: "A candidate holds the category just below, with at least {years} years since the last award (set by the region), or holds the category itself and it runs out during the year.",
  },
  "candidates-no-data": {
    kk: "{year} оқу жылына деректер жоқ.",
    ru: "За {year} учебный год данных нет.",
    en: "There is no data for {year}.",
  },
  "candidates-no-stage": {
    kk: "Бұл оқу жылына мақсатты көрсеткіштер жоқ: қажет саны мен жетіспеушілік бос.",
    ru: "Для этого учебного года нет целевых показателей: «нужно» и «не хватает» пусты.",
    en: "This academic year has no stage targets: needed and shortfall are empty.",
  },
  "candidates-uncertain": {
    kk: "Анықталмағандар (санат күні жоқ не тек жылы көрсетілген), есепке кірмеді: {count}.",
    ru: "Не определены (нет даты категории или указан только год), не учтены: {count}.",
    en: "Undecided (no award date, or only its year), not counted: {count}.",
  },
} as const satisfies Record<string, Localized>;
