import { YEAR_LOCK_TEXTS } from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { translator } from "../translate.ts";
import {
  windowYearChoices,
  yearWindowError,
  yearWindowLine,
  type YearWindowReply,
} from "./use-year-window.ts";

const plan = { from: "2025-2026", to: "2027-2028" };
const opened: YearWindowReply = {
  window: { from: "2024-2025", to: "2029-2030" },
  plan,
  open: ["2024-2025", "2025-2026", "2026-2027", "2027-2028", "2028-2029", "2029-2030"],
};

describe("yearWindowLine", () => {
  it("says the plan's years and the region's window as the server gave them, in sapa years's words", () => {
    expect(yearWindowLine(opened, translator("en"))).toBe(
      "The plan's years: 2025-2026 – 2027-2028; opened by the region: 2024-2025 – 2029-2030",
    );
    expect(yearWindowLine(opened, translator("ru"))).toBe(
      "Годы плана: 2025-2026 – 2027-2028; открыты областью: 2024-2025 – 2029-2030",
    );
    expect(yearWindowLine(opened, translator("kk"))).toBe(
      "Жоспар жылдары: 2025-2026 – 2027-2028; облыс ашқан жылдар: 2024-2025 – 2029-2030",
    );
    // the pane's words are the shared ones, not a copy
    expect(translator("ru")("yearWindowLine")).toBe(YEAR_LOCK_TEXTS.window.ru);
    expect(translator("kk")("yearsOpenTitle")).toBe(YEAR_LOCK_TEXTS.openYears.kk);
  });
});

describe("windowYearChoices", () => {
  it("offers five years before and ten after the earliest and latest of the plan's and the window's", () => {
    const choices = windowYearChoices(opened);
    expect(choices[0]).toBe("2019-2020");
    expect(choices.at(-1)).toBe("2039-2040");
    expect(choices).toHaveLength(21);
    expect(choices).toContain("2025-2026");
    // the plan's own window: around the plan's years
    const planOnly = windowYearChoices({ window: plan, plan, open: ["2025-2026", "2026-2027", "2027-2028"] });
    expect([planOnly[0], planOnly.at(-1)]).toEqual(["2020-2021", "2037-2038"]);
  });
});

describe("yearWindowError", () => {
  it("refuses a first year after the last, and a window over 30 years, as the server would", () => {
    const ru = translator("ru");
    expect(yearWindowError({ from: "2025-2026", to: "2029-2030" }, ru)).toBeNull();
    expect(yearWindowError({ from: "2026-2027", to: "2026-2027" }, ru)).toBeNull();
    expect(yearWindowError({ from: "2029-2030", to: "2025-2026" }, ru)).toBe(
      "Первый год не может быть позже последнего.",
    );
    expect(yearWindowError({ from: "2025-2026", to: "2055-2056" }, translator("en"))).toBe(
      "At most 30 academic years can be opened at once.",
    );
    expect(yearWindowError({ from: "2029-2030", to: "2025-2026" }, translator("kk"))).toBe(
      "Алғашқы жыл соңғы жылдан кейін болмауы керек.",
    );
  });
});
