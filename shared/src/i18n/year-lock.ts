import type { Localized } from "../types.ts";

/**
 * A year's lock as one line, the same words in the pane's Region tab and in `sapa years` and `sapa status`:
 * `{year}` the academic year, `{time}` when it was locked (Aktobe time). The years open to submissions the
 * same way: `openYears` heads them, `window` says the plan's (`{planFrom}`, `{planTo}`) and the region's
 * (`{from}`, `{to}`) as GET /api/years/window gives them.
 */
export const YEAR_LOCK_TEXTS: Readonly<Record<"open" | "lockedSince" | "openYears" | "window", Localized>> = {
  open: { kk: "{year} оқу жылы: ашық", ru: "{year}: год открыт", en: "{year}: open" },
  lockedSince: {
    kk: "{year} оқу жылы жабық (жабылған уақыты {time}): деректерді жіберуге де, тексеруді өзгертуге де болмайды",
    ru: "{year}: год закрыт с {time}: ни отправки, ни изменений проверки",
    en: "{year}: locked since {time}: no submission or review change",
  },
  openYears: {
    kk: "Есеп қабылданатын оқу жылдары",
    ru: "Учебные годы, за которые принимаются отчёты",
    en: "Academic years open to submissions",
  },
  window: {
    kk: "Жоспар жылдары: {planFrom} – {planTo}; облыс ашқан жылдар: {from} – {to}",
    ru: "Годы плана: {planFrom} – {planTo}; открыты областью: {from} – {to}",
    en: "The plan's years: {planFrom} – {planTo}; opened by the region: {from} – {to}",
  },
};
