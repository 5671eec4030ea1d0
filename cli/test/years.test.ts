/**
 * `sapa years` in-process against the real worker app on a real local D1, served over loopback HTTP: the
 * open years and their locks for any token; the region locks a year (a district's submission to it is then
 * refused, and taken again once unlocked) and opens years beyond the plan's.
 */
import { ApiError } from "@sapa/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeSealedSubmission } from "../../client/test/worker-app.ts";
import { sapaInProcess } from "./in-process.ts";
import { serveWorkerApp, type ServedWorker } from "./worker-http.ts";

let http: ServedWorker;

beforeAll(async () => {
  http = await serveWorkerApp();
});

afterAll(async () => {
  await http?.stop();
});

const sapa = (args: string[], token = "dev-region") =>
  sapaInProcess(args, { env: { SAPA_SERVER: http.server, SAPA_TOKEN: token } });

/** Alga's submission for 2025-2026: its status, or the code of the server's refusal. */
async function algaSubmits(): Promise<string> {
  try {
    await http.client("dev-alga").submit(await makeSealedSubmission("alga", 8, 3));
    return "created";
  } catch (error) {
    if (error instanceof ApiError) return error.code;
    throw error;
  }
}

describe("sapa years", () => {
  it("lists the plan's years, each open, to any token, in its language", async () => {
    const ru = await sapa(["years", "--lang", "ru"], "dev-alga");
    expect(ru).toMatchObject({ code: 0, err: "" });
    expect(ru.out).toContain("Учебные годы, за которые принимаются отчёты");
    expect(ru.out.split("\n").slice(-4)).toEqual([
      "Годы плана: 2025-2026 – 2027-2028; открыты областью: 2025-2026 – 2027-2028",
      "2025-2026: год открыт",
      "2026-2027: год открыт",
      "2027-2028: год открыт",
    ]);
  });

  it("lets the region lock a year, which refuses the districts' submissions until it unlocks it", async () => {
    expect(await algaSubmits()).toBe("created");
    const locked = await sapa(["years", "lock", "--year", "2025-2026", "--lang", "en"]);
    expect(locked).toMatchObject({ code: 0, err: "" });
    expect(locked.out).toMatch(
      /^Academic year 2025-2026 is locked \(\d\d\.\d\d\.\d{4} \d\d:\d\d\): districts' submissions and review changes are refused\. To unlock: sapa years unlock --year 2025-2026$/,
    );
    expect(await algaSubmits()).toBe("year-locked");
    const json = JSON.parse((await sapa(["years", "--json"], "dev-alga")).out) as {
      open: string[];
      years: { year: string; locked: boolean; lockedAt: string | null }[];
    };
    expect(json.open).toEqual(["2025-2026", "2026-2027", "2027-2028"]);
    expect(json.years.map((y) => [y.year, y.locked])).toEqual([
      ["2025-2026", true],
      ["2026-2027", false],
      ["2027-2028", false],
    ]);
    expect(Date.parse(json.years[0]!.lockedAt!)).toBeGreaterThan(Date.parse("2026-01-01"));
    const kk = await sapa(["years", "--lang", "kk"]);
    expect(kk.out).toMatch(/2025-2026 оқу жылы жабық \(жабылған уақыты \d\d\.\d\d\.\d{4} \d\d:\d\d\)/);

    const unlocked = await sapa(["years", "unlock", "--year", "2025-2026", "--lang", "ru"]);
    expect(unlocked).toMatchObject({ code: 0, err: "" });
    expect(unlocked.out).toBe(
      "2025-2026 учебный год открыт: районы снова могут отправлять, проверку можно менять.",
    );
    expect(await algaSubmits()).toBe("created");
  });

  it("lets the region open years beyond the plan's", async () => {
    const saved = await sapa(["years", "window", "--from", "2025-2026", "--to", "2028-2029", "--lang", "en"]);
    expect(saved).toMatchObject({ code: 0, err: "" });
    expect(saved.out).toBe("Saved. Submissions are taken for: 2025-2026, 2026-2027, 2027-2028, 2028-2029");
    const list = await sapa(["years", "--lang", "en"], "dev-alga");
    expect(list.out).toContain("2028-2029: open");
  });

  it("refuses a district token (403, exit 1) and leaves the year open", async () => {
    const res = await sapa(["years", "lock", "--year", "2026-2027", "--lang", "ru"], "dev-alga");
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/403/);
    const json = JSON.parse((await sapa(["years", "--json"])).out) as { years: { locked: boolean }[] };
    expect(json.years.every((y) => !y.locked)).toBe(true);
  });

  it("asks for the year, or a window, before calling the server (exit 2)", async () => {
    const noYear = await sapa(["years", "lock", "--lang", "en"]);
    expect(noYear).toMatchObject({ code: 2, out: "" });
    expect(noYear.err).toBe("Name the academic year with --year, e.g. sapa years lock --year 2025-2026");
    const badYear = await sapa(["years", "unlock", "--year", "2025", "--lang", "en"]);
    expect(badYear.code).toBe(2);
    expect(badYear.err).toContain("Bad academic year for --year");
    const noTo = await sapa(["years", "window", "--from", "2025-2026", "--lang", "ru"]);
    expect(noTo.code).toBe(2);
    expect(noTo.err).toContain("--from и --to");
    const badFrom = await sapa(["years", "window", "--from", "25-26", "--to", "2028-2029", "--lang", "kk"]);
    expect(badFrom.code).toBe(2);
    expect(badFrom.err).toBe("--from оқу жылы қате: «25-26». Пішімі ЖЖЖЖ-ЖЖЖЖ, мысалы 2025-2026.");
    const other = await sapa(["years", "close", "--lang", "en"]);
    expect(other.code).toBe(2);
    expect(other.err).toContain("Usage: sapa years");
  });

  it("is in the help in every language", async () => {
    for (const [lang, word] of [
      ["kk", "жылды жабады"],
      ["ru", "закрывает год"],
      ["en", "locks a year"],
    ] as const) {
      const help = await sapa(["help", "years", "--lang", lang]);
      expect(help.code).toBe(0);
      expect(help.out).toContain("sapa years lock|unlock --year YYYY-YYYY");
      expect(help.out).toContain(word);
    }
  });
});
