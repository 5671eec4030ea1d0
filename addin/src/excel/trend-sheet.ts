import {
  PLAN_STAGE_TARGETS,
  trendChartTable,
  trendSheetTable,
  type Lang,
  type Localized,
  type StageTargets,
  type Trend,
} from "@sapa/shared";
import { safeSheetName } from "./sheet-names.ts";
import { writeTableSheet } from "./table-sheet.ts";

const TITLE: Localized = { kk: "Sapa — кезеңдер", ru: "Sapa — этапы", en: "Sapa — stages" };
const CHART_TITLE: Localized = {
  kk: "Кезеңнің мақсатты аралығы мен облыстың нақты көрсеткіші, оқу жылдары бойынша",
  ru: "Целевой диапазон этапа и факт области по учебным годам",
  en: "The stage's target band against the region's actual, by academic year",
};

/** The trend sheet's name in a language. */
export function trendSheetName(lang: Lang): string {
  return safeSheetName(TITLE[lang]);
}

/**
 * Creates or rewrites the trend sheet: a year-by-year block (target band, the region's actual share of
 * teachers awarded) with a native line chart of it under it, then every plan year's region and districts
 * side by side (awards against the year's targets, stock shares). A year without data is empty, and its
 * point is a gap in the line. `chart` is false when the host cannot draw charts.
 */
export async function writeTrendSheet(
  trend: Trend,
  opts: { lang: Lang; targets?: readonly StageTargets[] },
): Promise<{ sheet: string; chart: boolean }> {
  const name = trendSheetName(opts.lang);
  return writeTableSheet(
    name,
    [trendChartTable(trend, opts.targets ?? PLAN_STAGE_TARGETS), trendSheetTable(trend)],
    {
      lang: opts.lang,
      titles: [name],
      chart: { table: 0, type: "LineMarkers", title: CHART_TITLE[opts.lang], rows: 16, columns: 8 },
    },
  );
}
