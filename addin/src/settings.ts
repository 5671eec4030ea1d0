import { isDistrictId, isIsoDate, type DistrictId, type IsoDate, type Lang } from "@sapa/shared";

/** Who uses the pane: a district's staff (who submit) or the regional centre (who pull the report). */
export type PaneRole = "district" | "region";

/** What the user sets in the Settings tab. Kept in the add-in's own storage, never in the workbook. */
export interface Settings {
  /** Base URL of the Sapa server, without a trailing slash; the pane's own origin by default. */
  serverUrl: string;
  /** null until the user has said who they are: nothing is sent and the region mode stays hidden till then. */
  role: PaneRole | null;
  /** The district of a district user; always null for the regional centre. */
  district: DistrictId | null;
  /** The access key (district or region token). Stored in the add-in's browser storage, never in the workbook. */
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
  return {
    serverUrl: trimServerUrl(origin),
    role: null,
    district: null,
    token: "",
    lang: null,
    reportDate: null,
  };
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
  const district = typeof r.district === "string" && isDistrictId(r.district) ? r.district : null;
  return {
    serverUrl:
      typeof r.serverUrl === "string" && r.serverUrl.trim() ? trimServerUrl(r.serverUrl) : defaults.serverUrl,
    role: roleOf(r.role, district),
    district: r.role === "region" ? null : district,
    token: typeof r.token === "string" ? r.token : "",
    lang: r.lang === "kk" || r.lang === "ru" || r.lang === "en" ? r.lang : null,
    reportDate: typeof r.reportDate === "string" && isIsoDate(r.reportDate) ? r.reportDate : null,
  };
}

/**
 * The stored role; settings saved before roles existed count as a district user when they name a
 * district, and as unanswered otherwise (no district used to mean "region" by default: never assume it).
 */
function roleOf(stored: unknown, district: DistrictId | null): PaneRole | null {
  if (stored === "region") return "region";
  if (district) return "district";
  return null;
}

/** True once the user has said who they are (a district chosen, or the regional centre). */
export function roleChosen(settings: Settings): boolean {
  return settings.role === "region" || (settings.role === "district" && settings.district !== null);
}

/** Persists the settings. */
export function saveSettings(store: KeyValueStore, settings: Settings): void {
  store.setItem(SETTINGS_KEY, JSON.stringify({ ...settings, serverUrl: trimServerUrl(settings.serverUrl) }));
}

/** "https://host:3000/" → "https://host:3000". */
export function trimServerUrl(url: string): string {
  return url.trim().replace(/\/+$/, "");
}

/**
 * Whether the pane can reach the server at `url` from the page at `pageOrigin`: the server that serves the
 * pane answers its API calls, and its Content-Security-Policy (connect-src 'self') and the API (no CORS)
 * let the pane reach no other. Any address is reachable where the page has no http(s) origin of its own.
 */
export function reachableServer(url: string, pageOrigin: string | null): boolean {
  if (pageOrigin === null || !/^https?:\/\//.test(pageOrigin)) return true;
  try {
    return new URL(trimServerUrl(url)).origin === pageOrigin;
  } catch {
    return false;
  }
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
