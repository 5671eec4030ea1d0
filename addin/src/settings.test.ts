import { parseReportDate } from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { PANE_WORDS } from "./i18n.ts";
import {
  SETTINGS_KEY,
  loadSettings,
  paneLanguage,
  roleChosen,
  saveSettings,
  type KeyValueStore,
  reachableServer,
} from "./settings.ts";

function memoryStore(initial: Record<string, string> = {}): KeyValueStore {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

describe("settings", () => {
  it("defaults to the pane's own origin and no district, token, language or date", () => {
    expect(loadSettings(memoryStore(), "https://localhost:3000")).toEqual({
      serverUrl: "https://localhost:3000",
      role: null,
      district: null,
      token: "",
      lang: null,
      reportDate: null,
    });
  });

  it("round-trips what the user saved, trimming the server's trailing slash", () => {
    const store = memoryStore();
    saveSettings(store, {
      serverUrl: "https://sapa.example.dev/ ",
      role: "district",
      district: "temir",
      token: "dev-temir",
      lang: "ru",
      reportDate: "2026-05-31",
    });
    expect(loadSettings(store, "https://localhost:3000")).toEqual({
      serverUrl: "https://sapa.example.dev",
      role: "district",
      district: "temir",
      token: "dev-temir",
      lang: "ru",
      reportDate: "2026-05-31",
    });
  });

  it("falls back field by field when storage holds junk", () => {
    const junk = memoryStore({
      [SETTINGS_KEY]: JSON.stringify({
        serverUrl: 5,
        district: "atyrau",
        token: "t",
        lang: "de",
        reportDate: "2026-02-30",
      }),
    });
    expect(loadSettings(junk, "https://o")).toEqual({
      serverUrl: "https://o",
      role: null,
      district: null,
      token: "t",
      lang: null,
      reportDate: null,
    });
    expect(loadSettings(memoryStore({ [SETTINGS_KEY]: "{not json" }), "https://o").serverUrl).toBe(
      "https://o",
    );
  });

  it("never assumes the regional centre: old settings without a district leave the role unanswered", () => {
    const old = (fields: object) =>
      loadSettings(memoryStore({ [SETTINGS_KEY]: JSON.stringify(fields) }), "https://o");
    expect(old({ token: "dev-region" })).toMatchObject({ role: null, district: null });
    expect(roleChosen(old({ token: "dev-region" }))).toBe(false);
    expect(old({ district: "alga", token: "t" })).toMatchObject({ role: "district", district: "alga" });
    expect(roleChosen(old({ district: "alga" }))).toBe(true);
    // the regional centre has no district, whatever storage says
    expect(old({ role: "region", district: "alga" })).toMatchObject({ role: "region", district: null });
    expect(roleChosen(old({ role: "region" }))).toBe(true);
    expect(roleChosen(old({ role: "district" }))).toBe(false);
  });

  it("follows Office's display language until the user picks one: Russian stays Russian, the rest is Kazakh", () => {
    expect(paneLanguage(null, "ru-RU")).toBe("ru");
    expect(paneLanguage(null, "kk-KZ")).toBe("kk");
    expect(paneLanguage(null, "en-US")).toBe("kk");
    expect(paneLanguage(null, null)).toBe("kk");
    expect(paneLanguage("en", "ru-RU")).toBe("en");
    expect(paneLanguage("ru", "kk-KZ")).toBe("ru");
  });
});

describe("the server the pane can reach", () => {
  it("is the one that served it: another origin is refused, a path or a slash changes nothing", () => {
    const own = "https://sapa.example.kz";
    expect(reachableServer("https://sapa.example.kz/", own)).toBe(true);
    expect(reachableServer(" https://SAPA.example.kz/api ", own)).toBe(true);
    expect(reachableServer("https://other.example.kz", own)).toBe(false);
    expect(reachableServer("https://sapa.example.kz:8443", own)).toBe(false);
    expect(reachableServer("http://sapa.example.kz", own)).toBe(false);
    // A page without an origin of its own (a test page from a file) limits nothing.
    expect(reachableServer("https://other.example.kz", null)).toBe(true);
    expect(reachableServer("https://other.example.kz", "null")).toBe(true);
  });
});

describe("the report date as typed", () => {
  it("is asked for as the field shows it: the refusal names the placeholder's order, and its example reads", () => {
    for (const lang of ["kk", "ru", "en"] as const) {
      const words = PANE_WORDS[lang];
      expect(words.invalidDate, lang).toContain(words.datePlaceholder);
      const example = /\d{2}\.\d{2}\.\d{4}/.exec(words.invalidDate)?.[0];
      expect(example && parseReportDate(example), lang).toBe("2026-05-31");
    }
  });
});
