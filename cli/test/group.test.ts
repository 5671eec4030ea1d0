/**
 * `sapa group` in-process against the real worker app on a real local D1, served over loopback HTTP; the
 * member lists are real .xlsx and .csv files written here.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { GroupReportSchema, type CategoryKey, type DistrictId } from "@sapa/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeSubmission, sealedForDev } from "../../client/test/worker-app.ts";
import { run } from "../src/main.ts";
import { sapaInProcess } from "./in-process.ts";
import { serveWorkerApp, type ServedWorker } from "./worker-http.ts";

let http: ServedWorker;
let dir: string;

const CENTRES = "Құзыреттілік орталықтары";

/** A district's submission whose organisations and categories are known. */
async function submitRoster(
  district: DistrictId,
  plan: [organization: string, category: CategoryKey, date: string, count: number][],
  seed: number,
) {
  const rows = plan.flatMap(([organization, category, date, n]) =>
    Array.from({ length: n }, () => ({ organization, category, date })),
  );
  const body = await makeSubmission(district, rows.length, seed);
  const client = http.client(`dev-${district}`);
  await client.submit(
    await sealedForDev({
      ...body,
      columns: [...new Set([...body.columns, "categoryDate" as const])],
      rows: body.rows.map((r, i) => ({
        ...r,
        organization: rows[i]!.organization,
        category: rows[i]!.category,
        categoryDate: rows[i]!.date,
        categoryDateYearOnly: false,
      })),
    }),
  );
}

async function xlsx(name: string, rows: (string | number | null)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Топ");
  for (const row of rows) sheet.addRow(row);
  const file = join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sapa-group-"));
  http = await serveWorkerApp();
  await submitRoster(
    "shalkar",
    [
      ["ГККП «Ясли-сад № 5»", "expert", "2022-03-01", 4],
      ["ГККП «Ясли-сад № 5»", "moderator", "2025-10-01", 2],
      ["ГККП «Ясли-сад № 5»", "pedagog", "2021-05-05", 4],
      ["№1 балабақша", "pedagog", "2021-05-05", 7],
    ],
    1,
  );
  await submitRoster(
    "alga",
    [
      ["«Айгөлек» балабақшасы", "researcher", "2025-11-20", 1],
      ["«Айгөлек» балабақшасы", "expert", "2025-09-15", 1],
      ["«Айгөлек» балабақшасы", "pedagog", "2021-05-05", 8],
    ],
    2,
  );
});

afterAll(async () => {
  await http?.stop();
  await rm(dir, { recursive: true, force: true });
});

const sapa = (args: string[], token = "dev-region") =>
  sapaInProcess([...args, "--year", "2025-2026"], {
    env: { SAPA_SERVER: http.server, SAPA_TOKEN: token },
    cwd: dir,
  });

/** The sheet names of a report workbook written by `sapa report --out`, and its groups sheet's rows. */
async function reportWorkbook(file: string, lang: "kk" | "ru" | "en") {
  const report = await sapa(["report", "--out", file, "--lang", lang]);
  expect(report).toMatchObject({ code: 0 });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, file));
  return workbook;
}

describe("sapa group", () => {
  it("writes no groups sheet into the report workbook while the region has no group", async () => {
    const workbook = await reportWorkbook("before.xlsx", "ru");
    expect(workbook.worksheets.map((w) => w.name)).not.toContain("Sapa — группы");
  });

  it("sets a group from an .xlsx with Kazakh headers and reports the member found in no data", async () => {
    await xlsx("centres.xlsx", [
      ["Құзыреттілік орталықтары (облыс бұйрығы)", null, null],
      ["№", "Аудан", "Мектепке дейінгі ұйым"],
      [1, "Шалқар ауданы", "ГККП «Ясли-сад № 5»"],
      [2, "Алгинский район", "Айгөлек балабақшасы"],
      [3, "Темір ауданы", "Балдырған"],
    ]);
    const set = await sapa(["group", "set", CENTRES, "--from", "centres.xlsx", "--lang", "ru"]);
    expect(set).toMatchObject({ code: 0, err: "" });
    expect(set.out).toContain(`Группа сохранена: ${CENTRES} — организаций: 3.`);
    expect(set.out).toContain("Не найдены в данных 2025-2026 учебного года (1)");
    expect(set.out).toContain("Темирский район — Балдырған");
  });

  it("shows the group's figures: organisations, total, stage", async () => {
    const json = await sapa(["group", "show", CENTRES, "--json"]);
    expect(json.code).toBe(0);
    const report = GroupReportSchema.parse(JSON.parse(json.out));
    expect(report.figures).toMatchObject({ teachers: 20, organizations: 2 });
    expect(report.figures.byCategory).toMatchObject({ expert: 5, researcher: 1, moderator: 2, pedagog: 12 });
    expect(report.figures.qualitativeShare).toBeCloseTo(0.3, 12);

    const text = await sapa(["group", "show", CENTRES, "--lang", "kk"]);
    expect(text.code).toBe(0);
    const lines = text.out.split("\n");
    expect(lines[0]).toBe(`${CENTRES} · 2025-2026`);
    expect(lines.find((l) => l.startsWith("«Айгөлек» балабақшасы"))).toContain("Алға ауданы");
    // The total row: 20 teachers, qualitative composition 30,00%.
    const total = lines.find((l) => l.startsWith("Барлығы"))!;
    expect(total).toMatch(/\b20\b/);
    expect(total).toContain("30,00%");
    expect(text.out).toContain("1-кезең, 2025-2026");
  });

  it("writes the groups sheet into the report workbook: one row per group with its figures", async () => {
    const workbook = await reportWorkbook("report.xlsx", "ru");
    // The pane's groups sheet: title, year, blank, then the table.
    const sheet = workbook.getWorksheet("Sapa — группы")!;
    const header = (sheet.getRow(4).values as unknown[]).slice(1);
    const row = (sheet.getRow(5).values as unknown[]).slice(1);
    const at = (heading: string) => row[header.indexOf(heading)];
    expect(header[0]).toBe("Группа организаций 2025-2026");
    expect(row[0]).toBe(CENTRES);
    expect(at("Количество дошкольных организаций")).toBe(2);
    expect(at("Не найдены в данных")).toBe(1);
    expect(at("Количество педагогов")).toBe(20);
    expect(at("Качественный состав")).toBeCloseTo(0.3, 12);
    expect(sheet.rowCount).toBe(5);
  });

  it("puts the groups on the report workbook's organisations sheet: their rows first, each one's groups", async () => {
    const workbook = await reportWorkbook("report-orgs.xlsx", "kk");
    const sheet = workbook.getWorksheet("Sapa — ұйымдар")!;
    const header = (sheet.getRow(4).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual([
      "Мектепке дейінгі ұйым",
      "Аудан / қала",
      "Кіретін топтары",
      "Педагогтер саны",
    ]);
    const rows = Array.from({ length: sheet.rowCount - 4 }, (_, i) =>
      (sheet.getRow(i + 5).values as unknown[]).slice(1),
    );
    // The group's row: 20 teachers of two organisations, the member found nowhere said on it.
    expect(rows[0]!.slice(0, 4)).toEqual([
      `Ұйымдар тобы: ${CENTRES}`,
      undefined,
      "Деректерде табылмаған ұйымдар: 1",
      20,
    ]);
    expect(sheet.getCell("A5").font?.bold).toBe(true);
    const named = (name: string) => rows.find((r) => r[0] === name)!;
    expect(named("ГККП «Ясли-сад № 5»").slice(2, 4)).toEqual([CENTRES, 10]);
    expect(named("«Айгөлек» балабақшасы").slice(2, 4)).toEqual([CENTRES, 10]);
    expect(named("№1 балабақша")[2]).toBeUndefined();
    // One group row, then the three organisations of the data.
    expect(rows).toHaveLength(1 + 3);
  });

  it("shows each group in every plan year of `sapa trend`, blank where the year has no data", async () => {
    const out: string[] = [];
    const code = await run(["trend", "--lang", "ru"], {
      out: (t) => out.push(t),
      err: (t) => out.push(t),
      env: { SAPA_SERVER: http.server, SAPA_TOKEN: "dev-region" },
      cwd: dir,
    });
    expect(code).toBe(0);
    const lines = out
      .join("\n")
      .split("\n")
      .filter((l) => l.startsWith(`Группа организаций: ${CENTRES}`));
    expect(lines).toHaveLength(3);
    // 2025-2026: 20 teachers, qualitative composition 30,00% (5 experts and a researcher).
    expect(lines[0]).toMatch(/2025-2026\s+20\s/);
    expect(lines[0]).toContain("30,00%");
    expect(lines[1]!.trimEnd()).toMatch(/2026-2027$/);
    expect(lines[2]!.trimEnd()).toMatch(/2027-2028$/);
  });

  it("prints every group's figures of the year as CSV with `sapa group list --csv`", async () => {
    const csv = await sapa(["group", "list", "--csv", "--lang", "ru"]);
    expect(csv).toMatchObject({ code: 0, err: "" });
    const lines = csv.out
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split(/\r?\n/);
    expect(lines[0]!.split(";").slice(0, 4)).toEqual([
      "Группа организаций",
      "Количество дошкольных организаций",
      "Не найдены в данных",
      "Количество педагогов",
    ]);
    // Two organisations found, one member not, 20 teachers; qualitative composition 30 %.
    expect(lines[1]!.split(";").slice(0, 4)).toEqual([CENTRES, "2", "1", "20"]);
    expect(lines[1]).toContain(";30;");
    expect((await sapa(["group", "list", "--csv", "--json"])).code).toBe(2);
  });

  it("lists, sets from a CSV under a name with ?, # and %, and deletes", async () => {
    const name = "Магнит #1? 100%";
    await writeFile(join(dir, "magnet.csv"), "Район;Детский сад\nАлгинский район;«Айгөлек» балабақшасы\n");
    const set = await sapa(["group", "set", name, "--from", "magnet.csv", "--lang", "en"]);
    expect(set).toMatchObject({ code: 0, err: "" });
    expect(set.out).toContain("Every organisation is in the data of 2025-2026.");
    const show = await sapa(["group", "show", name, "--json"]);
    expect(GroupReportSchema.parse(JSON.parse(show.out)).figures.teachers).toBe(10);

    const list = await sapa(["group", "list", "--lang", "en"]);
    expect(list.code).toBe(0);
    const rows = list.out.split("\n");
    expect(rows[0]).toMatch(/^Group of organisations\s+Members\s+Updated at$/);
    expect(rows.find((r) => r.startsWith(CENTRES))).toMatch(/\s3\s/);
    expect(rows.find((r) => r.startsWith(name))).toMatch(/\s1\s/);

    const deleted = await sapa(["group", "delete", name, "--lang", "en"]);
    expect(deleted).toMatchObject({ code: 0, out: `Group deleted: ${name}` });
    const again = await sapa(["group", "delete", name, "--lang", "en"]);
    expect(again.code).toBe(1);
    expect(again.err).toContain("There is no such group.");
  });

  it("refuses a member list with an unknown district (exit 1, row and column), and saves nothing", async () => {
    await xlsx("bad.xlsx", [
      ["Район", "Организация"],
      ["Алматинский район", "№1"],
    ]);
    const bad = await sapa(["group", "set", "Жаңа", "--from", "bad.xlsx", "--lang", "ru"]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("«Алматинский район» — неизвестный район");
    expect(bad.err).toContain("группа не сохранена");
    // The problem table: sheet row 2, column A.
    expect(bad.err).toMatch(/^\s*2\s+A\s+«Алматинский район»/m);
    expect((await sapa(["group", "show", "Жаңа"])).code).toBe(1);
  });

  it("is the region's: a district token gets 403 (exit 1); usage mistakes exit 2", async () => {
    const district = await sapa(["group", "list"], "dev-alga");
    expect(district.code).toBe(1);
    expect(district.err).toMatch(/403/);
    expect((await sapa(["group", "set", CENTRES])).code).toBe(2);
    expect((await sapa(["group", "show"])).code).toBe(2);
    expect((await sapa(["group", "rename", CENTRES])).code).toBe(2);
    expect((await sapa(["group", "set", "X", "--from", "missing.xlsx"])).code).toBe(2);
  });
});

describe("sapa group set without --year", () => {
  async function sapaWithoutYear(server: ServedWorker, args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(args, {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      env: { SAPA_SERVER: server.server, SAPA_TOKEN: "dev-region" },
      cwd: dir,
    });
    return { code, out: out.join("\n"), err: err.join("\n") };
  }

  it("checks the members against the newest year with data (2025-2026 here) and says which", async () => {
    await writeFile(join(dir, "newest.csv"), "Район;Детский сад\nАлгинский район;«Айгөлек» балабақшасы\n");
    const set = await sapaWithoutYear(http, ["group", "set", "Жаңа", "--from", "newest.csv", "--lang", "en"]);
    expect(set).toMatchObject({ code: 0, err: "" });
    expect(set.out).toContain("Members checked against the data of 2025-2026 (the newest year with data;");
    expect(set.out).toContain("Every organisation is in the data of 2025-2026.");
    // --json keeps stdout one JSON document: the year's notice goes to stderr, in the language asked.
    const json = await sapaWithoutYear(http, [
      "group",
      "set",
      "Жаңа",
      "--from",
      "newest.csv",
      "--json",
      "--lang",
      "ru",
    ]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({ year: "2025-2026", unmatched: [] });
    expect(json.err).toContain("сверены с данными 2025-2026 учебного года");
    expect((await sapaWithoutYear(http, ["group", "delete", "Жаңа"])).code).toBe(0);
  });

  it("refuses, naming --year, when no year has data, and saves nothing", async () => {
    const empty = await serveWorkerApp();
    try {
      await writeFile(join(dir, "empty.csv"), "Район;Детский сад\nАлгинский район;«Айгөлек» балабақшасы\n");
      for (const lang of ["kk", "ru", "en"] as const) {
        const set = await sapaWithoutYear(empty, [
          "group",
          "set",
          "Бос",
          "--from",
          "empty.csv",
          "--lang",
          lang,
        ]);
        expect(set).toMatchObject({ code: 2, out: "" });
        expect(set.err).toContain("--year 2025-2026");
      }
      const list = await sapaWithoutYear(empty, ["group", "list", "--json"]);
      expect(JSON.parse(list.out)).toEqual({ groups: [] });
    } finally {
      await empty.stop();
    }
    // A second local D1 of its own: its start-up takes as long as the suite's (see hookTimeout).
  }, 240_000);
});
