import { TrendSchema, type CategoryKey, type DistrictId, type Submission } from "@sapa/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, call, json, sealed, seedTokens } from "../../test/api.ts";
import { makeSubmission } from "../../test/fixtures.ts";

/**
 * A generated roster whose categories and award dates are set to known values, `count` teachers each, and
 * (when given) the organisation of each row.
 */
async function roster(
  district: DistrictId,
  year: string,
  asOf: string,
  groups: [category: CategoryKey, date: string, count: number][],
  seed: number,
  organization?: (row: number) => string,
): Promise<Submission> {
  const total = groups.reduce((s, [, , n]) => s + n, 0);
  const body = await makeSubmission(district, total, seed);
  const plan = groups.flatMap(([category, date, n]) => Array.from({ length: n }, () => ({ category, date })));
  return {
    ...body,
    year,
    asOf,
    columns: [...new Set([...body.columns, "categoryDate" as const])],
    rows: body.rows.map((r, i) => ({
      ...r,
      category: plan[i]!.category,
      categoryDate: plan[i]!.date,
      categoryDateYearOnly: false,
      ...(organization ? { organization: organization(i) } : {}),
    })),
  };
}

const AIGOLEK = "«Айгөлек» балабақшасы";
const TEMIR_3 = "Темір № 3 бөбекжай";

const submit = async (body: Submission) => {
  const res = await call("/api/submissions", {
    body: await sealed(body),
    token: TOKENS.district(body.district),
  });
  expect(res.status).toBe(201);
};

beforeAll(async () => {
  await seedTokens();
  // 2025-2026: Alga (10) and Temir (first 5 pedagogues, then the newest revision of 20).
  await submit(
    await roster(
      "alga",
      "2025-2026",
      "2025-12-01",
      [
        ["pedagog", "2021-03-01", 4],
        ["moderator", "2025-10-10", 3],
        ["expert", "2023-04-04", 2],
        ["researcher", "2025-11-11", 1],
      ],
      1,
      (i) => (i < 4 ? "№ 1 балабақша" : AIGOLEK),
    ),
  );
  await submit(await roster("temir", "2025-2026", "2025-12-01", [["pedagog", "2022-05-05", 5]], 2));
  await submit(
    await roster(
      "temir",
      "2025-2026",
      "2025-12-01",
      [
        ["pedagog", "2022-05-05", 10],
        ["moderator", "2024-01-15", 6],
        ["expert", "2025-09-20", 4],
      ],
      3,
      () => TEMIR_3,
    ),
  );
  // 2026-2027: Alga only, with course dates and event participation but no internship column; 2027-2028: nobody.
  await submit(
    withIndicators(
      await roster(
        "alga",
        "2026-2027",
        "2026-11-30",
        [
          ["pedagog", "2021-03-01", 2],
          ["moderator", "2026-10-10", 5],
          ["expert", "2023-04-04", 3],
        ],
        4,
        () => AIGOLEK,
      ),
    ),
  );
});

/**
 * The roster's other plan indicators set to known values: the last course in 2026 for rows 0-3, in 2025 for
 * rows 4-5, none for the rest; the first 7 took part in the plan's events; no internship column at all.
 */
function withIndicators(body: Submission): Submission {
  const columns = body.columns.filter((c) => c !== "internship");
  return {
    ...body,
    columns: [...new Set([...columns, "lastCourseDate" as const, "eventParticipation" as const])],
    rows: body.rows.map((r, i) => ({
      ...r,
      lastCourseDate: i < 4 ? "2026-03-10" : i < 6 ? "2025-06-01" : null,
      internship: null,
      eventParticipation: i < 7,
    })),
  };
}

describe("GET /api/trend", () => {
  it("merges each plan year's newest revisions: region sums, missing district and empty year null", async () => {
    const res = await call("/api/trend", { token: TOKENS.region });
    expect(res.status).toBe(200);
    const trend = TrendSchema.parse(await json(res));
    const [y1, y2, y3] = trend.years;
    expect(trend.years.map((y) => y.year)).toEqual(["2025-2026", "2026-2027", "2027-2028"]);

    // 2025-2026: 30 teachers; stock moderator 9, expert 6, researcher 1; awarded 3 + 4 + 1 = 8.
    expect(y1!.region).toMatchObject({
      teachers: 30,
      districts: 2,
      byCategory: { moderator: 9, expert: 6, researcher: 1, master: 0 },
    });
    expect(y1!.region!.qualitativeShare).toBeCloseTo(7 / 30, 12);
    const lines = y1!.region!.stage.categories!;
    expect([lines.moderator.awarded, lines.expert.awarded, lines.researcher.awarded]).toEqual([3, 4, 1]);
    // Targets 8/5/2/0.01% of 30 = 2.4, 1.5, 0.6, 0.003: only the master is still needed (the region always
    // ceils), and the region's "all categories" is the sum of its rows: 1, although 26.67% is above the band.
    expect(Object.values(lines).map((l) => l.teachersNeeded)).toEqual([0, 0, 0, 1]);
    expect(y1!.region!.stage.total).toMatchObject({ awarded: 8, teachersNeeded: 1, verdict: "above" });
    const temir = y1!.districts.find((d) => d.district === "temir")!;
    expect(temir.revision).toBe(2);
    expect(temir.point).toMatchObject({ teachers: 20, byCategory: { moderator: 6, expert: 4 } });

    // 2026-2027: Alga alone; Temir is null, not zero; stage 2 targets 6/9/5/0.02% of 10.
    expect(y2!.region).toMatchObject({ teachers: 10, districts: 1, asOf: "2026-11-30" });
    expect(y2!.region!.stage.stage).toBe(2);
    expect(Object.values(y2!.region!.stage.categories!).map((l) => l.teachersNeeded)).toEqual([0, 1, 1, 1]);
    expect(y2!.districts.find((d) => d.district === "temir")).toEqual({
      district: "temir",
      revision: null,
      point: null,
    });

    expect(y3!.region).toBeNull();
    expect(y3!.districts.every((d) => d.point === null)).toBe(true);
  });

  it("carries the newest year's other plan indicators with the region's targets in force", async () => {
    const targets = {
      courses: { "2026": 6, "2027": 5 },
      internships: { "2026": 1 },
      eventParticipation: 0.75,
    };
    const put = await call("/api/targets/indicators", { method: "PUT", token: TOKENS.region, body: targets });
    expect(put.status).toBe(200);
    const trend = TrendSchema.parse(await json(await call("/api/trend", { token: TOKENS.region })));
    // 2026-2027 (Alga's 10 teachers): last courses 4 in 2026 and 2 in 2025, 7 took part in events; the
    // 2025-2026 rosters are older and not read. No internship column: covered 0, so "no data".
    expect(trend.indicators).toEqual({
      year: "2026-2027",
      districts: 1,
      coursesByYear: {
        "2025": { count: 2, covered: 10 },
        "2026": { count: 4, covered: 10 },
        "2027": { count: 0, covered: 10 },
        "2028": { count: 0, covered: 10 },
      },
      internshipsByYear: {
        "2025": { count: 0, covered: 0 },
        "2026": { count: 0, covered: 0 },
        "2027": { count: 0, covered: 0 },
        "2028": { count: 0, covered: 0 },
      },
      eventParticipation: { count: 7, covered: 10 },
      targets,
    });
  });

  it("is for the region only", async () => {
    expect((await call("/api/trend")).status).toBe(401);
    const res = await call("/api/trend", { token: TOKENS.district("alga") });
    expect(res.status).toBe(403);
    expect((await json(res)).error.code).toBe("forbidden-role");
    expect((await call("/api/trend.csv", { token: TOKENS.district("temir") })).status).toBe(403);
  });
});

describe("GET /api/trend.csv", () => {
  it("writes the table for Excel in Russian: ';' and decimal commas, empty cells where there is no data", async () => {
    const res = await call("/api/trend.csv?lang=ru", { token: TOKENS.region });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 3 * 14);
    const width = lines[0]!.split(";").length;
    expect(lines[0]!.split(";").slice(0, 4)).toEqual([
      "Район / город",
      "Учебный год",
      "Дата отчёта",
      "Количество педагогов",
    ]);
    expect(lines[0]!.split(";").at(-1)).toBe("Качественный состав, %");
    const region = lines.find((l) => l.startsWith("Область (по своим итогам);2025-2026;"))!.split(";");
    expect(region.slice(2, 4)).toEqual(["2025-12-01", "30"]);
    expect(region.at(-1)).toBe("23,33"); // qualitative composition 7 / 30
    const temir = lines.find((l) => l.startsWith("Темирский район;2026-2027;"))!.split(";");
    expect(temir).toHaveLength(width);
    expect(temir.slice(2).every((c) => c === "")).toBe(true);
  });
});

// After the tests above (they see no group): the region's group of two centres and a member found nowhere.
describe("groups in the trend and the organisations CSV", () => {
  const CENTRES = "Орталықтар";
  beforeAll(async () => {
    const res = await call(`/api/groups/${encodeURIComponent(CENTRES)}?year=2025-2026`, {
      method: "PUT",
      token: TOKENS.region,
      body: {
        members: [
          { district: "alga", organization: AIGOLEK },
          { district: "temir", organization: TEMIR_3 },
          { district: "shalkar", organization: "Жоқ балабақша" },
        ],
      },
    });
    expect(res.status).toBe(201);
  });

  it("sums each group per plan year from its organisations; a year without its data is null", async () => {
    const trend = TrendSchema.parse(await json(await call("/api/trend", { token: TOKENS.region })));
    const [y1, y2, y3] = trend.years.map((y) => y.groups);
    // 2025-2026: Aigolek (6 of Alga's 10: moderator 3, expert 2, researcher 1) + Temir № 3 (its 20).
    expect(y1).toHaveLength(1);
    expect(y1![0]).toMatchObject({ name: CENTRES, organizations: 2, unmatched: 1 });
    expect(y1![0]!.point).toMatchObject({
      asOf: "2025-12-01",
      teachers: 26,
      byCategory: { moderator: 9, expert: 6, researcher: 1, master: 0 },
    });
    expect(y1![0]!.point!.qualitativeShare).toBeCloseTo(7 / 26, 12);
    // Awards in 2025-2026: moderator 3 (Alga), expert 4 (Temir), researcher 1 (Alga).
    expect(y1![0]!.point!.stage.total).toMatchObject({ awarded: 8 });
    expect(y1![0]!.point!.stage.total!.actual).toBeCloseTo(8 / 26, 12);
    // 2026-2027: Aigolek alone (10: 5 moderators awarded 2026-10-10, 3 experts); Temir has no data.
    expect(y2![0]).toMatchObject({ organizations: 1, unmatched: 2 });
    expect(y2![0]!.point).toMatchObject({
      asOf: "2026-11-30",
      teachers: 10,
      byCategory: { moderator: 5, expert: 3, researcher: 0, master: 0 },
    });
    expect(y2![0]!.point!.stage.stage).toBe(2);
    expect(y2![0]!.point!.stage.total).toMatchObject({ awarded: 5 });
    // 2027-2028: no data: null, never zero.
    expect(y3![0]).toEqual({ name: CENTRES, organizations: 0, unmatched: 3, point: null });
  });

  it("adds the group's row to each year of the trend CSV, empty where no data", async () => {
    const res = await call("/api/trend.csv?lang=ru", { token: TOKENS.region });
    const lines = new TextDecoder()
      .decode(await res.arrayBuffer())
      .trimEnd()
      .split("\r\n");
    expect(lines).toHaveLength(1 + 3 * 15);
    const group = (year: string) =>
      lines.find((l) => l.startsWith(`Группа организаций: ${CENTRES};${year};`))!;
    expect(group("2025-2026").split(";").slice(2, 4)).toEqual(["2025-12-01", "26"]);
    expect(group("2025-2026").split(";").at(-1)).toBe("26,92"); // 7 / 26
    expect(group("2026-2027").split(";").slice(2, 4)).toEqual(["2026-11-30", "10"]);
    expect(
      group("2027-2028")
        .split(";")
        .slice(2)
        .every((c) => c === ""),
    ).toBe(true);
  });

  it("names each organisation's groups in the region's organisations CSV and starts it with the groups' rows", async () => {
    const res = await call("/api/report/organizations.csv?year=2025-2026&lang=ru", { token: TOKENS.region });
    expect(res.status).toBe(200);
    const lines = new TextDecoder()
      .decode(await res.arrayBuffer())
      .trimEnd()
      .split("\r\n");
    const header = lines[0]!.replace(/^\uFEFF/, "").split(";");
    expect(header.slice(0, 4)).toEqual([
      "Дошкольная организация",
      "Район / город",
      "Входит в группы",
      "Количество педагогов",
    ]);
    // The group first: no district, the member found nowhere, 26 teachers.
    expect(lines[1]!.split(";").slice(0, 4)).toEqual([
      `Группа организаций: ${CENTRES}`,
      "",
      "Не найдены в данных: 1",
      "26",
    ]);
    const row = (name: string) => lines.find((l) => l.startsWith(`${name};`))!.split(";");
    expect(row(AIGOLEK).slice(1, 4)).toEqual(["Алгинский район", CENTRES, "6"]);
    expect(row(TEMIR_3).slice(2, 4)).toEqual([CENTRES, "20"]);
    expect(row("№ 1 балабақша").slice(2, 4)).toEqual(["", "4"]);
    expect(lines).toHaveLength(1 + 1 + 3);

    // One district's list: no group rows and no groups column (a group spans districts).
    const alga = await call("/api/report/organizations.csv?year=2025-2026&lang=ru&district=alga", {
      token: TOKENS.region,
    });
    const algaLines = new TextDecoder()
      .decode(await alga.arrayBuffer())
      .trimEnd()
      .split("\r\n");
    expect(algaLines[0]).not.toContain("Входит в группы");
    expect(algaLines).toHaveLength(1 + 2);
  });

  it("gives every group's figures of a year as CSV (region only)", async () => {
    const res = await call("/api/report/groups.csv?year=2025-2026&lang=ru", { token: TOKENS.region });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("sapa-groups-2025-2026.csv");
    const lines = new TextDecoder()
      .decode(await res.arrayBuffer())
      .trimEnd()
      .split("\r\n");
    expect(
      lines[0]!
        .replace(/^\uFEFF/, "")
        .split(";")
        .slice(0, 4),
    ).toEqual([
      "Группа организаций",
      "Количество дошкольных организаций",
      "Не найдены в данных",
      "Количество педагогов",
    ]);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.split(";").slice(0, 4)).toEqual([CENTRES, "2", "1", "26"]);
    const next = await call("/api/report/groups.csv?year=2026-2027&lang=ru", { token: TOKENS.region });
    const nextLines = new TextDecoder()
      .decode(await next.arrayBuffer())
      .trimEnd()
      .split("\r\n");
    expect(nextLines[1]!.split(";").slice(0, 4)).toEqual([CENTRES, "1", "2", "10"]);
    const district = await call("/api/report/groups.csv", { token: TOKENS.district("alga") });
    expect(district.status).toBe(403);
  });
});
