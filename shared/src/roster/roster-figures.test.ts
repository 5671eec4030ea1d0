/**
 * readRoster's `figures` option counts the Summary while the rows are read (one pass) and the problems now
 * share their message texts: both must leave every figure, row and problem exactly as the two-pass path
 * (readRoster, then summarise) made them before the change. The digests below are of that path's output
 * at the commit before (JSON, SHA-256, first 16 hex digits) on two sample rosters. The problems' digests were
 * taken again when the English messages' quotes became “…”: undoing that gives the old digests back.
 */
import { describe, expect, it } from "vitest";
import { generateRoster } from "../../sample/roster.ts";
import { sha256, utf8 } from "../crypto/webcrypto.ts";
import { summarise } from "../figures/summary.ts";
import { readRoster } from "./roster.ts";
import type { AcademicYear, DistrictId, IsoDate } from "../types.ts";

async function digest(value: unknown): Promise<string> {
  const hash = await sha256(utf8(JSON.stringify(value)));
  return [...hash.slice(0, 8)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

const CASES: {
  name: string;
  grid: Parameters<typeof generateRoster>[0];
  asOf: IsoDate;
  district: DistrictId;
  year?: AcademicYear;
  before: { teachers: string; problems: string; count: number; summary: string };
}[] = [
  {
    name: "a messy Kazakh roster of 3,000 rows",
    grid: { seed: 7, rows: 3000, lang: "kk", messy: true },
    asOf: "2026-05-31",
    district: "aktobe",
    before: {
      teachers: "310e126d712c3183",
      problems: "62b2b8a3c4d32909",
      count: 498,
      summary: "cf3e640aa7859950",
    },
  },
  {
    name: "a clean Russian roster of 800 rows, another year",
    grid: {
      seed: 8,
      rows: 800,
      lang: "ru",
      messy: false,
      district: "alga",
      year: "2026-2027",
      asOf: "2027-05-31",
    },
    asOf: "2027-05-31",
    district: "alga",
    year: "2026-2027",
    before: {
      teachers: "24d5cbed680afb8b",
      problems: "69c14cdba5126aa3",
      count: 136,
      summary: "7cde307ffd874b2a",
    },
  },
];

describe("readRoster with figures: one pass, the same rows, problems and Summary as before", () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const grid = generateRoster(c.grid);
      const figures = { district: c.district, ...(c.year ? { year: c.year } : {}) };
      const onePass = readRoster(grid, { asOf: c.asOf, figures });
      const twoPass = readRoster(grid, { asOf: c.asOf });
      const summarised = summarise(twoPass.teachers, { asOf: c.asOf, present: twoPass.present, ...figures });

      expect(onePass.problems).toHaveLength(c.before.count);
      expect(await digest(onePass.teachers)).toBe(c.before.teachers);
      expect(await digest(onePass.problems)).toBe(c.before.problems);
      expect(await digest(onePass.summary)).toBe(c.before.summary);
      expect(await digest(twoPass.problems)).toBe(c.before.problems);
      expect(await digest(summarised)).toBe(c.before.summary);
      expect(onePass.summary).toEqual(summarised);
      expect(onePass.summary!.teachers).toBe(c.grid.rows);
    });
  }

  it("gives no Summary for a sheet without a roster, and none unless asked", () => {
    const none = readRoster({ values: [["hello"]] }, { asOf: "2026-05-31", figures: {} });
    expect(none.layout).toBeNull();
    expect(none.summary).toBeNull();
    const grid = generateRoster({ seed: 1, rows: 20, lang: "kk" });
    expect(readRoster(grid, { asOf: "2026-05-31" }).summary).toBeUndefined();
  });

  it("shares one message between problems with the same text, and only then", () => {
    const { problems } = readRoster(generateRoster({ seed: 7, rows: 3000, lang: "kk", messy: true }), {
      asOf: "2026-05-31",
    });
    const byText = new Map<string, object>();
    for (const p of problems) {
      const text = `${p.message.kk}|${p.message.ru}|${p.message.en}`;
      const seen = byText.get(text);
      if (seen === undefined) byText.set(text, p.message);
      else expect(p.message).toBe(seen);
    }
    // Far fewer texts than problems: the memory a large roster's problems hold.
    expect(byText.size).toBeLessThan(problems.length / 2);
  });
});
