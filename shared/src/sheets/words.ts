/** Words only Sapa's sheets use (the catalogue's labels cover the rest). */
import type { Localized } from "../types.ts";

export const SHEET_WORDS = {
  stageGaps: {
    kk: "Кезең айырмасы: бірліктер мен санаттар бойынша",
    ru: "Отставание по этапу: по единицам и категориям",
    en: "Stage gaps by unit and category",
  },
  receiptId: { kk: "Түбіртек нөмірі", ru: "Номер квитанции", en: "Receipt number" },
  trendChart: {
    kk: "Кезеңнің мақсатты аралығы мен облыстың нақты көрсеткіші, оқу жылдары бойынша",
    ru: "Целевой диапазон этапа и факт области по учебным годам",
    en: "The stage's target band against the region's actual, by academic year",
  },
} satisfies Record<string, Localized>;
