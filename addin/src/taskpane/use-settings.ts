import { academicYearOf, todayInRegion, type AcademicYear, type IsoDate, type Lang } from "@sapa/shared";
import { useCallback, useMemo, useState } from "react";
import { translator, type Translate } from "../translate.ts";
import {
  loadSettings,
  paneLanguage,
  roleChosen,
  saveSettings,
  type KeyValueStore,
  type Settings,
} from "../settings.ts";

export interface PaneSettings {
  settings: Settings;
  lang: Lang;
  t: Translate;
  /** The report date: the one set, else today in Aktobe. */
  asOf: IsoDate;
  year: AcademicYear;
  /** False on a first run: nothing is sent and the region mode stays hidden until the user answers. */
  chosen: boolean;
  /** Persists new settings; returns the language the pane speaks with them. */
  save: (next: Settings) => Lang;
}

/** The settings record kept in the add-in's storage, and what follows from it (language, date, year). */
export function useSettings(
  store: KeyValueStore,
  origin: string,
  displayLanguage: string | null,
): PaneSettings {
  const [settings, setSettings] = useState<Settings>(() => loadSettings(store, origin));
  const lang = paneLanguage(settings.lang, displayLanguage);
  const t = useMemo(() => translator(lang), [lang]);
  const asOf = settings.reportDate ?? todayInRegion();
  const save = useCallback(
    (next: Settings) => {
      saveSettings(store, next);
      setSettings(next);
      return paneLanguage(next.lang, displayLanguage);
    },
    [store, displayLanguage],
  );
  return { settings, lang, t, asOf, year: academicYearOf(asOf), chosen: roleChosen(settings), save };
}
