import { isDistrictId, type DistrictId, type IsoDate, type Lang } from "@sapa/shared";

/** What the user sets in the Settings tab. Kept in the add-in's own storage, never in the workbook. */
export interface Settings {
  /** Base URL of the Sapa server, without a trailing slash; the pane's own origin by default. */
  serverUrl: string;
  district: DistrictId | null;
  /** District (or region) token. Stored in the browser storage of the add-in, never in the workbook. */
  token: string;
  /** The language the user picked; null = follow Office's display language. */
  lang: Lang | null;
  /** Report date (as-of); null = today. */
  reportDate: IsoDate | null;
}

/** The subset of the Web Storage API Sapa uses (localStorage in the pane, a Map in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const SETTINGS_KEY = "sapa.settings.v1";

/** Defaults for a pane served from `origin` (the API lives on the same origin under /api). */
export function defaultSettings(origin: string): Settings {
  return { serverUrl: trimServerUrl(origin), district: null, token: "", lang: null, reportDate: null };
}

/** Reads the settings, falling back field by field to the defaults when storage holds junk. */
export function loadSettings(store: KeyValueStore, origin: string): Settings {
  const defaults = defaultSettings(origin);
  let raw: unknown;
  try {
    raw = JSON.parse(store.getItem(SETTINGS_KEY) ?? "null");
  } catch {
    return defaults;
  }
  if (typeof raw !== "object" || raw === null) return defaults;
  const r = raw as Record<string, unknown>;
  return {
    serverUrl:
      typeof r.serverUrl === "string" && r.serverUrl.trim() ? trimServerUrl(r.serverUrl) : defaults.serverUrl,
    district: typeof r.district === "string" && isDistrictId(r.district) ? r.district : null,
    token: typeof r.token === "string" ? r.token : "",
    lang: r.lang === "kk" || r.lang === "ru" || r.lang === "en" ? r.lang : null,
    reportDate: typeof r.reportDate === "string" && isIsoDate(r.reportDate) ? r.reportDate : null,
  };
}

/** Persists the settings. */
export function saveSettings(store: KeyValueStore, settings: Settings): void {
  store.setItem(SETTINGS_KEY, JSON.stringify({ ...settings, serverUrl: trimServerUrl(settings.serverUrl) }));
}

/** "https://host:3000/" → "https://host:3000". */
export function trimServerUrl(url: string): string {
  return url.trim().replace(/\/+$/, "");
}

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** Today's date in the user's time zone as YYYY-MM-DD (the report date when none is set). */
export function todayIso(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The pane's language: the user's choice, else Office's display language when it is Russian, else Kazakh
 * (the region's first working language).
 */
export function paneLanguage(chosen: Lang | null, displayLanguage: string | null | undefined): Lang {
  if (chosen) return chosen;
  const tag = (displayLanguage ?? "").toLowerCase();
  if (tag.startsWith("ru")) return "ru";
  // English is for developers: they pick it in Settings; everyone else starts in Kazakh.
  return "kk";
}
