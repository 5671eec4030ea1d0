import { mkdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { ApiError } from "@sapa/client";
import {
  DISTRICTS,
  TREND_YEARS,
  academicYearOf,
  todayInRegion,
  type AcademicYear,
  type DistrictId,
  type GroupMember,
  type Lang,
} from "@sapa/shared";
import { generateRoster } from "@sapa/shared/sample";
import { cliClient, orCliError, resolveServer, type ApiOptions } from "../api.ts";
import { stringOption, type CommandLine } from "../command-line.ts";
import { startLocalServer, type LocalServer } from "../dev-server.ts";
import { EXIT_OK, usageError } from "../errors.ts";
import type { Io } from "../io.ts";
import { countIn, t } from "../messages.ts";
import { reportSheets, writeSheetsFile } from "../report-workbook.ts";
import { writeRosterWorkbook } from "../xlsx-roster-write.ts";
import { fetchReport, formatReport } from "./report.ts";
import { submitRosterFile } from "./submit.ts";
import { formatTrend } from "./trend.ts";

/** Teachers per unit: the plan's regional baseline of 3677, Aktobe city the largest. */
const DEMO_ROWS = [1369, 214, 246, 162, 158, 171, 197, 265, 148, 176, 205, 219, 147];
/** The demo's group of organisations: the competence centres of the region's order, one in each of these. */
const DEMO_GROUP = "Құзыреттілік орталықтары";
const CENTRE_UNITS: readonly DistrictId[] = ["shalkar", "alga", "temir", "mugalzhar"];

/** The units that also report a second plan year, so the trend has two points (some units only). */
const SECOND_YEAR_UNITS = ["alga", "kargaly", "mugalzhar", "temir", "shalkar"];

/** The language of a unit's demo rosters, every year: Kazakh, a third of the units Russian. */
function demoRosterLang(unitIndex: number): "kk" | "ru" {
  return unitIndex % 3 === 1 ? "ru" : "kk";
}

/** Another plan year beside `year` for the trend: the one before it, or after it for the plan's first. */
export function secondDemoYear(year: AcademicYear): AcademicYear {
  const i = TREND_YEARS.indexOf(year);
  if (i < 0) return TREND_YEARS.at(-1)!;
  return TREND_YEARS[i === 0 ? 1 : i - 1]!;
}

function isLoopback(server: string): boolean {
  const host = new URL(server).hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]";
}

/** True when GET /api/health answers at `server`. */
async function answers(server: string, lang: Lang, env: NodeJS.ProcessEnv): Promise<boolean> {
  try {
    await cliClient({ server, token: undefined, lang, env }).health();
    return true;
  } catch (error) {
    if (error instanceof ApiError) return false;
    throw error;
  }
}

/**
 * `npm run demo`: the whole job in one command, through the same client as every command. Uses the server
 * given (--server, SAPA_SERVER) or, when nothing answers on loopback, runs `npm start`'s script; writes a
 * realistic roster for each of the 13 units as .xlsx (Kazakh and Russian, messy like real sheets), submits
 * each with its development token, submits a second plan year for five units, pulls the consolidated report,
 * prints it and the trend (two years side by side) and writes demo-report.xlsx.
 */
export async function demoCommand(line: CommandLine, io: Io): Promise<number> {
  const lang = line.lang;
  let server = resolveServer(stringOption(line.options, "server"), io.env);
  let started: LocalServer | undefined;
  if (await answers(server, lang, io.env)) {
    io.out(t("demo-server-running", lang, { server }));
  } else {
    if (!isLoopback(server)) throw usageError("demo-not-local", { server });
    io.out(t("demo-server-starting", lang));
    // npm start serves https on localhost, whatever scheme the address named.
    const port = Number(new URL(server).port || 3000);
    const local = `https://localhost:${port}`;
    try {
      started = await startLocalServer({ port, env: io.env, answers: () => answers(local, lang, io.env) });
    } catch (error) {
      throw usageError("demo-server-failed", { reason: (error as Error).message });
    }
    server = local;
    io.out(t("demo-server-started", lang, { server }));
  }

  try {
    const asOf = todayInRegion();
    const year = academicYearOf(asOf);
    const dir = join(io.cwd, "demo-rosters");
    await mkdir(dir, { recursive: true });
    const files = await Promise.all(
      DISTRICTS.map(async (district, i) => {
        const rosterLang = demoRosterLang(i);
        const file = join(dir, `${district.id}.xlsx`);
        const grid = generateRoster({
          seed: 2025 + i,
          rows: DEMO_ROWS[i]!,
          district: district.id,
          lang: rosterLang,
          messy: true,
          year,
          asOf,
        });
        await writeRosterWorkbook(file, rosterLang === "kk" ? "Тізім" : "Список", grid);
        return { district, file };
      }),
    );
    io.out(t("demo-rosters", lang, { count: files.length, dir: relative(io.cwd, dir) || dir }));

    const centres: GroupMember[] = [];
    for (const { district, file } of files) {
      const api: ApiOptions = { server, token: `dev-${district.id}`, lang, env: io.env };
      const { roster, receipt } = await submitRosterFile(file, { asOf, year, district: district.id }, api);
      // The region's order names a competence centre in Shalkar, Alga, Temir and Mugalzhar: the demo takes
      // each unit's largest organisation for it (from the roster the server just accepted and recomputed).
      const largest = [...roster.summary.byOrganization].sort((a, b) => b.teachers - a.teachers)[0];
      if (CENTRE_UNITS.includes(district.id) && largest)
        centres.push({ district: district.id, organization: largest.name });
      io.out(
        t("demo-submitted", lang, {
          district: district.name[lang],
          teachers: countIn(receipt.summary.teachers),
          revision: receipt.revision,
        }),
      );
    }

    // A second plan year for some units (the plan's years are always open to submissions), dated the
    // end of May of that year as a district would report it.
    const second = secondDemoYear(year);
    const secondAsOf = `${second.slice(5)}-05-31`;
    const secondDir = join(dir, second);
    await mkdir(secondDir, { recursive: true });
    for (const [i, district] of DISTRICTS.entries()) {
      if (!SECOND_YEAR_UNITS.includes(district.id)) continue;
      const file = join(secondDir, `${district.id}.xlsx`);
      // Other teachers in the same kindergartens as the first year's (the group's centres among them).
      const rosterLang = demoRosterLang(i);
      const grid = generateRoster({
        seed: 3025 + i,
        organizationSeed: 2025 + i,
        rows: DEMO_ROWS[i]!,
        district: district.id,
        lang: rosterLang,
        messy: true,
        year: second,
        asOf: secondAsOf,
      });
      await writeRosterWorkbook(file, rosterLang === "kk" ? "Тізім" : "Список", grid);
      const api: ApiOptions = { server, token: `dev-${district.id}`, lang, env: io.env };
      const { receipt } = await submitRosterFile(
        file,
        { asOf: secondAsOf, year: second, district: district.id },
        api,
      );
      io.out(
        t("demo-submitted-year", lang, {
          district: district.name[lang],
          year: second,
          teachers: countIn(receipt.summary.teachers),
          revision: receipt.revision,
        }),
      );
    }

    const region: ApiOptions = { server, token: "dev-region", lang, env: io.env };
    await orCliError(server, cliClient(region).putGroup(DEMO_GROUP, centres));
    const pulled = await fetchReport(region, year);
    io.out(`\n${formatReport(pulled.figures, lang)}`);
    io.out(formatTrend(await orCliError(server, cliClient(region).trend()), lang));
    const out = join(io.cwd, "demo-report.xlsx");
    // The same sheets the pane writes, described once in @sapa/shared.
    await writeSheetsFile(out, await reportSheets(region, pulled, lang));
    io.out(t("demo-done", lang, { file: relative(io.cwd, out) || out }));
    return EXIT_OK;
  } finally {
    if (started) {
      await started.stop();
      io.out(t("demo-server-stopped", lang));
    }
  }
}
