import type { Localized } from "../types.ts";

/**
 * A year's lock as one line, the same words in the pane's Region tab and in `sapa years` and `sapa status`:
 * `{year}` the academic year, `{time}` when it was locked (Aktobe time).
 */
export const YEAR_LOCK_TEXTS: Readonly<Record<"open" | "lockedSince", Localized>> = {
  open: { kk: "{year} оқу жылы: ашық", ru: "{year}: год открыт", en: "{year}: open" },
  lockedSince: {
    kk: "{year} оқу жылы жабық (жабылған уақыты {time}): деректерді жіберуге де, тексеруді өзгертуге де болмайды",
    ru: "{year}: год закрыт с {time}: ни отправки, ни изменений проверки",
    en: "{year}: locked since {time}: no submission or review change",
  },
};
