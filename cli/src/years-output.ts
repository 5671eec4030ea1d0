import { formatRegionTime, type Lang, type YearLock } from "@sapa/shared";
import { t } from "./messages.ts";

/** One year's line for `sapa years` and `sapa status`: open, or locked since when (Aktobe time). */
export function formatYearLock(lock: YearLock, lang: Lang): string {
  return lock.locked
    ? t("years-locked", lang, { year: lock.year, time: formatRegionTime(lock.lockedAt ?? "") })
    : t("years-open", lang, { year: lock.year });
}
