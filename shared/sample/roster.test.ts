import { describe, expect, it } from "vitest";
import { checkIin } from "../src/roster/iin.ts";
import { readRoster } from "../src/roster/roster.ts";
import { generateRoster, SAMPLE_DATE_FORMAT } from "./roster.ts";
import { summarise } from "../src/figures/summary.ts";

const asOf = "2026-05-31";

describe("generateRoster", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const a = generateRoster({ seed: 42, rows: 200, lang: "kk" });
    expect(generateRoster({ seed: 42, rows: 200, lang: "kk" })).toEqual(a);
    expect(generateRoster({ seed: 43, rows: 200, lang: "kk" }).values).not.toEqual(a.values);
  });

  it("keeps a unit's kindergartens, with other teachers, in another year (organizationSeed)", () => {
    const orgs = (grid: ReturnType<typeof generateRoster>, year: "2025-2026" | "2026-2027") =>
      summarise(readRoster(grid, { asOf: `${year.slice(5)}-05-31` }).teachers, {
        asOf: `${year.slice(5)}-05-31`,
        present: [],
      }).byOrganization.map((o) => [o.name, o.teachers]);
    const first = generateRoster({ seed: 7, rows: 300, lang: "ru", year: "2025-2026" });
    const next = { rows: 300, lang: "ru", year: "2026-2027" } as const;
    const again = generateRoster({ seed: 8, organizationSeed: 7, ...next });
    expect(orgs(again, "2026-2027")).toEqual(orgs(first, "2025-2026"));
    expect(again.values.slice(1).map((r) => r[0])).not.toEqual(first.values.slice(1).map((r) => r[0]));
    // Without it, another seed is other kindergartens.
    expect(orgs(generateRoster({ seed: 8, ...next }), "2026-2027")).not.toEqual(orgs(first, "2025-2026"));
  });

  for (const lang of ["kk", "ru"] as const) {
    for (const messy of [false, true]) {
      it(`gives a ${lang}${messy ? " messy" : ""} roster that reads without errors`, () => {
        const grid = generateRoster({ seed: 11, rows: 1500, lang, messy, district: "temir" });
        const read = readRoster(grid, { asOf });
        expect(read.problems.filter((p) => p.severity === "error")).toEqual([]);
        expect(read.teachers).toHaveLength(1500);
        expect(read.layout!.headerRow).toBe(messy ? 3 : 1);
        expect(read.present).toHaveLength(12);
        expect(new Set(read.teachers.map((t) => t.iin)).size).toBe(1500);
        const s = summarise(read.teachers, { asOf, district: "temir", present: read.present });
        expect(s.byCategory.unknown).toBe(0);
        expect(s.byEducation.unknown).toBe(0);
        // About six teachers per organisation, most of them moderators, some legacy categories.
        expect(s.organizations).toBeGreaterThan(1500 / 9);
        expect(s.organizations).toBeLessThan(1500 / 4);
        expect(s.byCategory.moderator / s.teachers).toBeGreaterThan(0.3);
        expect(s.byCategory["legacy-higher"] + s.byCategory["legacy-first"]).toBeGreaterThan(0);
        expect(s.qualitativeShare).toBeGreaterThan(0.1);
        expect(s.qualitativeShare).toBeLessThan(0.3);
        expect(s.awardedInYear.moderator).toBeGreaterThan(0);
      });
    }
  }

  it("writes valid ИИНs, dates as Excel serials with a date format, and real Kazakh names", () => {
    const { values, numberFormats } = generateRoster({ seed: 5, rows: 300, lang: "kk" });
    const header = values[0]!;
    expect(header.slice(0, 3)).toEqual(["Аты-жөні", "ЖСН", "Мектепке дейінгі ұйым"]);
    const dateColumn = header.indexOf("Санат берілген күні");
    let dated = 0;
    for (let r = 1; r < values.length; r++) {
      expect(checkIin(values[r]![1] as string).ok).toBe(true);
      expect(values[r]![0]).toMatch(
        /^[А-ЯӘҒҚҢӨҰҮІ][а-яәғқңөұүһі]+ [А-ЯӘҒҚҢӨҰҮІ][а-яәғқңөұүһі]+ [А-ЯӘҒҚҢӨҰҮІ][а-яәғқңөұүһі]+(қызы|ұлы)$/,
      );
      const cell = values[r]![dateColumn];
      if (typeof cell === "number") {
        dated++;
        expect(numberFormats![r]![dateColumn]).toBe(SAMPLE_DATE_FORMAT);
        // Within six years before the default report date, 31 May 2026 (serial 46173).
        expect(cell).toBeGreaterThan(46173 - 6 * 366);
        expect(cell).toBeLessThanOrEqual(46173);
      }
    }
    expect(dated).toBeGreaterThan(200);
  });

  it("makes messy sheets messy: title rows, № column, blank and subtotal rows, numeric ИИНs", () => {
    const { values } = generateRoster({ seed: 3, rows: 3000, lang: "ru", messy: true });
    expect(values[2]![0]).toBe("№");
    expect(values.some((row) => row.every((c) => c === ""))).toBe(true);
    expect(values.at(-1)![1]).toBe("Итого:");
    const numericIins = values.filter((row) => typeof row[2] === "number");
    expect(numericIins.length).toBeGreaterThan(0);
    for (const row of numericIins) expect(checkIin(row[2] as number).ok).toBe(true);
  });
});
