import { describe, expect, it } from "vitest";
import {
  SETTINGS_KEY,
  isIsoDate,
  loadSettings,
  paneLanguage,
  saveSettings,
  todayIso,
  type KeyValueStore,
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
      district: "temir",
      token: "dev-temir",
      lang: "ru",
      reportDate: "2026-05-31",
    });
    expect(loadSettings(store, "https://localhost:3000")).toEqual({
      serverUrl: "https://sapa.example.dev",
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
      district: null,
      token: "t",
      lang: null,
      reportDate: null,
    });
    expect(loadSettings(memoryStore({ [SETTINGS_KEY]: "{not json" }), "https://o").serverUrl).toBe(
      "https://o",
    );
  });

  it("follows Office's display language until the user picks one: Russian stays Russian, the rest is Kazakh", () => {
    expect(paneLanguage(null, "ru-RU")).toBe("ru");
    expect(paneLanguage(null, "kk-KZ")).toBe("kk");
    expect(paneLanguage(null, "en-US")).toBe("kk");
    expect(paneLanguage(null, null)).toBe("kk");
    expect(paneLanguage("en", "ru-RU")).toBe("en");
    expect(paneLanguage("ru", "kk-KZ")).toBe("ru");
  });

  it("accepts only real calendar dates", () => {
    expect(["2026-05-31", "2024-02-29"].map(isIsoDate)).toEqual([true, true]);
    expect(["2025-02-29", "2026-13-01", "31.05.2026", ""].map(isIsoDate)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });
});
