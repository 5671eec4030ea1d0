/**
 * End to end: the real `sapa` process against the real local server (wrangler dev over HTTPS with local
 * D1, started by scripts/dev-server.mjs on a spare loopback port with a throw-away database).
 */
import { mkdir, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CATEGORY_KEYS,
  EDUCATION_KEYS,
  NO_CHART_NOTE,
  label,
  type DistrictId,
  type Receipt,
  type AttestationEntry,
  type Summary,
} from "@sapa/shared";
import { generateRoster } from "@sapa/shared/sample";
import { freePort, startDevServer, type DevServer } from "../../scripts/dev-server.mjs";
import type { PulledReport } from "@sapa/client";
import { postSubmission } from "../src/commands/submit.ts";
import { buildSubmission, regionKeyFor } from "../src/commands/submit.ts";
import { checkRosterFile } from "../src/roster-file.ts";
import { writeRosterWorkbook } from "../src/xlsx-roster-write.ts";
import { runCli, STACK_TRACE } from "./run-cli.ts";

const AS_OF = "2026-05-31";
const YEAR = "2025-2026";

let dir: string;
let server: DevServer;
// The keys each district sealed to are remembered here, not in the user's own config directory.
const env = () => ({ SAPA_SERVER: server.url, SAPA_CONFIG_DIR: join(dir, "config") });

/** Roster files of this test: district, language, seed and size. */
const ROSTERS: { district: DistrictId; lang: "kk" | "ru"; seed: number; rows: number }[] = [
  { district: "alga", lang: "kk", seed: 11, rows: 60 },
  { district: "temir", lang: "ru", seed: 12, rows: 45 },
  { district: "kobda", lang: "ru", seed: 13, rows: 30 },
];
const ALGA_RESUBMISSION = { district: "alga" as DistrictId, lang: "kk" as const, seed: 21, rows: 75 };

function rosterFile(r: { district: string; seed: number }): string {
  return join(dir, `${r.district}-${r.seed}.xlsx`);
}

/** The figures the roster gives locally (the same code `sapa check` runs; its process is tested in check.test.ts). */
async function localSummary(file: string, district: DistrictId): Promise<Summary> {
  const roster = await checkRosterFile(file, { asOf: AS_OF, year: YEAR, district });
  expect(roster.problems.filter((p) => p.severity === "error")).toEqual([]);
  return roster.summary;
}

/** A report command's stderr: only its progress lines, one per page, the last one complete. */
function expectProgressOnly(stderr: string): void {
  const lines = stderr.trim().split("\n");
  for (const line of lines) expect(line).toMatch(/^Есеп тізімдері оқылуда: \d+ \/ \d+$/);
  const [, done, total] = /(\d+) \/ (\d+)$/.exec(lines.at(-1)!)!;
  expect(done).toBe(total);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sapa-e2e-"));
  const port = await freePort();
  const [started] = await Promise.all([
    startDevServer({ port, persistDir: join(dir, "d1"), quiet: true }),
    ...[...ROSTERS, ALGA_RESUBMISSION].map((r) =>
      writeRosterWorkbook(
        rosterFile(r),
        r.lang === "kk" ? "Тізім" : "Список",
        generateRoster({
          seed: r.seed,
          rows: r.rows,
          district: r.district,
          lang: r.lang,
          messy: true,
          year: YEAR,
          asOf: AS_OF,
        }),
      ),
    ),
  ]);
  server = started;
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe("sapa against the local server", () => {
  const expected = new Map<DistrictId, Summary>();

  it("submits several districts and resubmits one as revision 2", async () => {
    for (const r of ROSTERS) {
      const local = await localSummary(rosterFile(r), r.district);
      const result = await runCli(
        ["submit", rosterFile(r), "--district", r.district, "--as-of", AS_OF, "--year", YEAR, "--json"],
        { env: { ...env(), SAPA_TOKEN: `dev-${r.district}` } },
      );
      // A district's first submission names the key it seals to, to compare with the centre's (stderr with --json).
      expect(result.stderr).toContain("Облыс кілтіне бірінші рет шифрлаймыз");
      expect(result.stderr).toContain(server.regionKey.keyId);
      expect(result.code).toBe(0);
      const receipt = JSON.parse(result.stdout) as Receipt;
      expect(receipt.district).toBe(r.district);
      expect(receipt.year).toBe(YEAR);
      expect(receipt.revision).toBe(1);
      // The server recomputed the figures from the pseudonymised rows: they equal the local ones.
      expect(receipt.summary.teachers).toBe(r.rows);
      expect(receipt.summary.byCategory).toEqual(local.byCategory);
      expect(receipt.summary.byEducation).toEqual(local.byEducation);
      expect(receipt.summary.awardedInYear).toEqual(local.awardedInYear);
      expect(receipt.summary.qualitativeShare).toBeCloseTo(local.qualitativeShare, 12);
      expected.set(r.district, local);
    }

    const local = await localSummary(rosterFile(ALGA_RESUBMISSION), "alga");
    const again = await runCli(
      [
        "submit",
        rosterFile(ALGA_RESUBMISSION),
        "--district",
        "alga",
        "--as-of",
        AS_OF,
        "--year",
        YEAR,
        "--server",
        server.url,
        "--token",
        "dev-alga",
      ],
      // the flag wins over the environment
      { env: { SAPA_SERVER: "http://127.0.0.1:9", SAPA_CONFIG_DIR: join(dir, "config") } },
    );
    expect(again.stderr).toBe("");
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Нұсқа: 2/);
    expect(again.stdout).toContain("Алға ауданы");
    expected.set("alga", local);
  });

  it("pulls a report whose figures are the sum of the newest rosters", async () => {
    const result = await runCli(["report", "--year", YEAR, "--json"], {
      env: { ...env(), SAPA_TOKEN: "dev-region" },
    });
    expectProgressOnly(result.stderr);
    expect(result.code).toBe(0);
    const { figures: report, organizations, attestation } = JSON.parse(result.stdout) as PulledReport;
    expect(report.year).toBe(YEAR);
    expect(report.completeness).toMatchObject({ expected: 13, submitted: 3 });
    expect(report.completeness.missing).toHaveLength(10);
    expect(report.completeness.missing).not.toContain("alga");
    const byDistrict = new Map(report.districts.map((d) => [d.district, d]));
    expect(byDistrict.get("alga")!.revision).toBe(2);
    expect(byDistrict.get("temir")!.revision).toBe(1);

    const parts = [...expected.values()];
    const sum = (pick: (s: Summary) => number) => parts.reduce((total, s) => total + pick(s), 0);
    expect(report.region.teachers).toBe(ALGA_RESUBMISSION.rows + 45 + 30);
    expect(report.region.teachers).toBe(sum((s) => s.teachers));
    expect(report.region.organizations).toBe(sum((s) => s.organizations));
    for (const k of [...CATEGORY_KEYS, "unknown" as const]) {
      expect({ k, n: report.region.byCategory[k] }).toEqual({ k, n: sum((s) => s.byCategory[k]) });
      expect({ k, n: report.region.awardedInYear[k] }).toEqual({ k, n: sum((s) => s.awardedInYear[k]) });
    }
    for (const k of [...EDUCATION_KEYS, "unknown" as const]) {
      expect(report.region.byEducation[k]).toBe(sum((s) => s.byEducation[k]));
    }
    const qualitative = sum((s) => s.byCategory.expert + s.byCategory.researcher + s.byCategory.master);
    expect(report.region.qualitativeShare).toBeCloseTo(qualitative / report.region.teachers, 12);
    for (const [id, summary] of expected) expect(byDistrict.get(id)!.summary.teachers).toBe(summary.teachers);
    // The lists come from the pages: every organisation and attestation entry of the newest rosters.
    expect(attestation).toHaveLength(sum((s) => s.attestationDue.length));
    expect(organizations).toHaveLength(report.region.organizations);
    // The server names nobody: the same entries, each with a sealed placeholder where the name was.
    const names = new Set([...expected.values()].flatMap((s) => s.attestationDue.map((e) => e.fullName)));
    expect(attestation.filter((e) => names.has(e.fullName))).toEqual([]);
    const anonymous = (entries: readonly AttestationEntry[]) =>
      entries.map(({ fullName: _name, ...e }) => JSON.stringify(e)).sort();
    for (const [id, summary] of expected) {
      expect(anonymous(attestation.filter((e) => e.district === id))).toEqual(
        anonymous(summary.attestationDue.map((e) => ({ ...e, district: id }))),
      );
    }
  });

  it("opens the attestation list's names with the region's key file; a wrong passphrase exits 2", async () => {
    const args = ["report", "--year", YEAR, "--json", "--key", server.regionKey.path, "--lang", "ru"];
    const wrong = await runCli(args, {
      env: { ...env(), SAPA_TOKEN: "dev-region", SAPA_KEY_PASSPHRASE: "not the passphrase" },
    });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("Неверная парольная фраза");
    expect(wrong.stderr).not.toMatch(STACK_TRACE);
    const result = await runCli(args, {
      env: { ...env(), SAPA_TOKEN: "dev-region", SAPA_KEY_PASSPHRASE: server.regionKey.passphrase },
    });
    expect(result.code).toBe(0);
    const { attestation } = JSON.parse(result.stdout) as PulledReport;
    // The same names in the same order as the district's own clear roster gives.
    for (const [id, summary] of expected) {
      expect(attestation.filter((e) => e.district === id)).toEqual(
        summary.attestationDue.map((e) => ({ ...e, district: id })),
      );
    }
  });

  it("writes the report as a formatted workbook and as CSV", async () => {
    const out = join(dir, "report.xlsx");
    const written = await runCli(["report", "--year", YEAR, "--out", out, "--token", "dev-region"], {
      env: env(),
    });
    expectProgressOnly(written.stderr);
    expect(written.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    // The pane's sheets, named as the pane names them (described once in @sapa/shared).
    const names = workbook.worksheets.map((s) => s.name);
    expect(names.slice(0, 5)).toEqual([
      "Sapa — қорытынды",
      "Sapa — облыс",
      "Sapa — ұйымдар",
      "Sapa — аттестаттау",
      "Sapa — кезеңдер",
    ]);
    expect(names.at(-1)).toBe("Sapa — үміткерлер саны");
    const districts = workbook.getWorksheet("Sapa — облыс")!;
    const column = (sheet: ExcelJS.Worksheet, text: string) =>
      (sheet.getColumn(1).values as unknown[]).indexOf(text);
    const region = column(districts, "Облыс (өз жиынтығы бойынша)");
    expect(districts.getCell(`D${region}`).value).toBe(ALGA_RESUBMISSION.rows + 45 + 30);
    // The region on its own totals, not a sum of the rows above: not bold like a total.
    expect(districts.getCell(`A${region}`).font?.bold).toBeFalsy();
    const header = column(districts, "Аудан / қала");
    expect(districts.getCell(`A${header}`).font?.bold).toBe(true);
    expect(districts.views[0]).toMatchObject({ state: "frozen", ySplit: header });
    for (const name of ["Алға ауданы", "Темір ауданы", "Қобда ауданы"])
      expect(column(districts, name)).toBeGreaterThan(header);
    // Completeness per unit: 13 units, then the submitted and accepted totals.
    expect(column(districts, "Жібергендер: 3 / 13")).toBeGreaterThan(region);
    // The report time: Aktobe time as a date-time cell, never ISO text.
    expect(districts.getCell("B3").numFmt).toBe("dd.mm.yyyy hh:mm");
    expect(districts.getCell("B3").value).toBeInstanceOf(Date);
    // Every organisation of the three districts' newest rosters, each teacher in one row.
    const pulled = await runCli(["report", "--year", YEAR, "--json", "--token", "dev-region"], {
      env: env(),
    });
    const { figures } = JSON.parse(pulled.stdout) as PulledReport;
    const organizations = workbook.getWorksheet("Sapa — ұйымдар")!;
    const orgHeader = (organizations.getRow(4).values as unknown[]).slice(1);
    const teachersColumn = orgHeader.indexOf("Педагогтер саны") + 1;
    expect(organizations.rowCount).toBe(4 + figures.region.organizations);
    let teachers = 0;
    organizations.eachRow(
      (row, r) => void (r > 4 && (teachers += Number(row.getCell(teachersColumn).value))),
    );
    expect(teachers).toBe(figures.region.teachers);

    const csv = await runCli(["report", "--year", YEAR, "--csv"], {
      env: { ...env(), SAPA_TOKEN: "dev-region" },
    });
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trim().split(/\r?\n/);
    expect(lines[0]).toContain("Аудан");
    expect(lines.some((l) => l.startsWith("Алға ауданы"))).toBe(true);
  });

  it("prints the regional table for people", async () => {
    const result = await runCli(["report", "--year", YEAR, "--lang", "ru"], {
      env: { ...env(), SAPA_TOKEN: "dev-region" },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Алгинский район");
    expect(result.stdout).toContain("Область (по своим итогам)");
    expect(result.stdout).toMatch(/Отправили 3 \/ 13/);
  });

  it("prints the trend, and writes it as CSV and as .xlsx (saying the .xlsx has no chart)", async () => {
    const env2 = { ...env(), SAPA_TOKEN: "dev-region" };
    const table = await runCli(["trend", "--lang", "ru"], { env: env2 });
    expect(table.code).toBe(0);
    const lines = table.stdout.split("\n");
    const region = lines.filter((l) => l.startsWith("Область (по своим итогам)"));
    expect(region).toHaveLength(3);
    // 2025-2026 has data (three districts); the plan's other years have none: blank, not 0.
    expect(region[0]).toMatch(new RegExp(`2025-2026\\s+${ALGA_RESUBMISSION.rows + 45 + 30}\\s`));
    expect(region[1]!.trimEnd()).toMatch(/2026-2027$/);
    expect(lines.some((l) => l.startsWith("Иргизский район"))).toBe(false);

    const csv = await runCli(["trend", "--csv", "trend.csv"], { env: env2, cwd: dir });
    expect(csv.code).toBe(0);
    const bytes = await readFile(join(dir, "trend.csv"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8").trimEnd().split("\r\n")).toHaveLength(1 + 3 * 14);

    const xlsx = await runCli(["trend", "--xlsx", "trend.xlsx", "--lang", "en"], { env: env2, cwd: dir });
    expect(xlsx.code).toBe(0);
    // The note the file itself carries in the chart's place, said once more on the terminal.
    expect(xlsx.stderr.trim()).toBe(NO_CHART_NOTE.en);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, "trend.xlsx"));
    // The pane's trend sheet: the chart's block, a note in the chart's place, then the table from row 25.
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe("Sapa — stages");
    expect(sheet.getCell("A8").value).toBe(NO_CHART_NOTE.en);
    // Under the table, the plan's other indicators of 2025-2026: blank, title, two rows, blank, events.
    expect(sheet.rowCount).toBe(25 + 3 * 14 + 8);
    expect(sheet.getCell("A26").value).toBe(label("regionOnTotals", "en"));
    expect(sheet.getCell("D26").value).toBe(ALGA_RESUBMISSION.rows + 45 + 30);
    expect(sheet.getCell("D40").value).toBeNull(); // the region in 2026-2027: no data
  });

  it("returns the first receipt for a retried Idempotency-Key instead of a new revision", async () => {
    const r = ROSTERS[2]!;
    const options = { asOf: AS_OF, year: YEAR, district: r.district };
    const roster = await checkRosterFile(rosterFile(r), options);
    const api = { server: server.url, token: `dev-${r.district}`, lang: "en" as const };
    const submission = await buildSubmission(roster, r.district, options, () => regionKeyFor(api));
    const first = await postSubmission(api, submission, { idempotencyKey: "e2e-retry-key-1" });
    const second = await postSubmission(api, submission, { idempotencyKey: "e2e-retry-key-1" });
    expect(first.revision).toBe(2);
    expect(second).toEqual(first);
    // No ИИН, no name and no ИИН key leaves the machine in clear: they travel sealed to the region's key.
    const payload = JSON.stringify(submission);
    for (const t of roster.teachers) {
      if (t.iin) expect(payload).not.toContain(t.iin);
      if (t.iinKey) expect(payload).not.toContain(t.iinKey);
      expect(payload).not.toContain(t.fullName);
    }
    expect(submission.rows.every((row) => !("fullName" in row) && !("iinKey" in row))).toBe(true);
  });

  it("issues and revokes tokens; refused requests exit 1 with the server's message", async () => {
    const created = await runCli(["token", "create", "--district", "temir", "--label", "e2e", "--json"], {
      env: { ...env(), SAPA_TOKEN: "dev-region" },
    });
    expect(created.code).toBe(0);
    const record = JSON.parse(created.stdout) as { id: string; token: string };
    const file = rosterFile(ROSTERS[1]!);
    const submitArgs = ["submit", file, "--district", "temir", "--as-of", AS_OF, "--year", YEAR, "--json"];
    const withNew = await runCli(submitArgs, { env: { ...env(), SAPA_TOKEN: record.token } });
    expect(withNew.code).toBe(0);
    expect((JSON.parse(withNew.stdout) as Receipt).revision).toBe(2);

    const revoked = await runCli(["token", "revoke", record.id, "--token", "dev-region"], { env: env() });
    expect(revoked.code).toBe(0);
    const afterRevoke = await runCli([...submitArgs, "--lang", "en"], {
      env: { ...env(), SAPA_TOKEN: record.token },
    });
    expect(afterRevoke.code).toBe(1);
    expect(afterRevoke.stderr).toContain("(401)");
    expect(afterRevoke.stderr).not.toMatch(STACK_TRACE);

    const otherDistrict = await runCli(
      ["submit", file, "--district", "temir", "--as-of", AS_OF, "--year", YEAR],
      {
        env: { ...env(), SAPA_TOKEN: "dev-alga" },
      },
    );
    expect(otherDistrict.code).toBe(1);
    expect(otherDistrict.stderr).toContain("(403)");

    const districtReads = await runCli(["report", "--year", YEAR], {
      env: { ...env(), SAPA_TOKEN: "dev-alga" },
    });
    expect(districtReads.code).toBe(1);
  });

  it("runs the demo against a running server: 13 rosters as .xlsx, all submitted, the report written", async () => {
    const cwd = join(dir, "demo");
    await mkdir(cwd);
    const result = await runCli(["demo", "--server", server.url, "--lang", "en"], {
      cwd,
      timeoutMs: 110_000,
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Server already running");
    expect((await readdir(join(cwd, "demo-rosters"))).filter((f) => f.endsWith(".xlsx"))).toHaveLength(13);
    expect(result.stdout).toMatch(/Submitted 13 \/ 13/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(cwd, "demo-report.xlsx"));
    // Written through the shared sheet descriptions: the pane's sheets, in English here.
    const districts = workbook.getWorksheet("Sapa — region")!;
    const units = (districts.getColumn(1).values as unknown[]).slice(1);
    const region = units.indexOf(label("regionOnTotals", "en")) + 1;
    expect(districts.getCell(`D${region}`).value).toBe(3677); // the plan's regional baseline
    expect(units.indexOf("Aktobe city") + 1).toBe(region - 13);
    // The demo's group: a competence centre in each of Shalkar, Alga, Temir and Mugalzhar, all found.
    const groups = workbook.getWorksheet("Sapa — groups")!;
    const header = (groups.getRow(4).values as unknown[]).slice(1);
    const centres = (groups.getRow(5).values as unknown[]).slice(1);
    expect(centres[0]).toBe("Құзыреттілік орталықтары");
    expect(centres[header.indexOf(label("organizations", "en"))]).toBe(4);
    expect(centres[header.indexOf(label("unmatchedMembers", "en"))]).toBe(0);
    expect(centres[header.indexOf(label("teachers", "en"))]).toBeGreaterThan(0);
    expect(workbook.getWorksheet("Sapa — stages")!.getCell("A8").value).toBe(NO_CHART_NOTE.en);
    // A second plan year for five units, so the trend printed at the end has two points.
    expect(result.stdout.match(/^.+ · \d{4}-\d{4}: \d+ teachers, revision \d+$/gm)).toHaveLength(5);
    const trend = result.stdout.slice(result.stdout.indexOf("The plan's stages by year"));
    const onTotals = label("regionOnTotals", "en");
    const regionYears = trend
      .split("\n")
      .filter((l) => l.startsWith(onTotals) && /^\s+\d{4}-\d{4}\s+\d+/.test(l.slice(onTotals.length)));
    expect(regionYears).toHaveLength(2);
    // The second year's rosters keep the units' kindergartens: the group has figures in both years.
    const group = `${label("group", "en")}: Құзыреттілік орталықтары`;
    const groupYears = trend
      .split("\n")
      .filter((l) => l.startsWith(group) && /^\s+\d{4}-\d{4}\s+\d+/.test(l.slice(group.length)));
    expect(groupYears).toHaveLength(2);
  }, 120_000);

  it("exits 2 with advice when nothing answers at the server address", async () => {
    const port = await freePort();
    const result = await runCli([
      "report",
      "--year",
      YEAR,
      "--server",
      `http://127.0.0.1:${port}`,
      "--token",
      "dev-region",
      "--lang",
      "en",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("npm start");
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});
