import type { Submission } from "@sapa/shared";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, call, json, sealed, seedTokens } from "../../test/api.ts";
import { AS_OF, makeSubmission } from "../../test/fixtures.ts";

// What an adversarial probe of the server got accepted (issue 10, items 8-10 and 15), now refused.

beforeAll(seedTokens);

/** Posts a clear submission sealed to the test key (as a client does), or any other body as it is. */
const submit = async (body: Submission | object, district: Submission["district"], lang = "en") =>
  call("/api/submissions", {
    body: isClear(body) ? await sealed(body) : body,
    token: TOKENS.district(district),
    headers: { "Accept-Language": lang },
  });

const isClear = (body: object): body is Submission =>
  "rows" in body && Array.isArray(body.rows) && !("encryption" in body);

/**
 * A roster of another academic year, dated 31 May of it as a district would report it. A later year keeps
 * the fixture's rows (dated up to AS_OF): a roster generated a century ahead has impossible dates.
 */
async function forYear(district: Submission["district"], seed: number, year: string): Promise<Submission> {
  const asOf = `${year.slice(5)}-05-31`;
  if (asOf < AS_OF) return makeSubmission(district, 3, seed, { year, asOf });
  return { ...(await makeSubmission(district, 3, seed)), year, asOf };
}

const storedRevisions = async (district: string) =>
  (await env.DB.prepare("SELECT COUNT(*) AS n FROM submissions WHERE district = ?1")
    .bind(district)
    .first<{ n: number }>())!.n;

describe("required fields", () => {
  // A blank name is the district's own check (the server never sees a name): the other three are refused here.
  it("are required even when `columns` is empty: blank organisation, education, category → 422", async () => {
    const body = await makeSubmission("alga", 4, 11);
    body.rows[1] = { ...body.rows[1]!, organization: "", education: null, category: null };
    for (const columns of [[], body.columns]) {
      const res = await submit({ ...body, columns }, "alga");
      expect(res.status).toBe(422);
      const envelope = await json(res);
      expect(envelope.error.code).toBe("roster-has-errors");
      const missing = envelope.error.details.problems
        .filter((p: { code: string }) => p.code === "required-missing")
        .map((p: { row: number; field: string }) => [p.row, p.field]);
      expect(missing).toEqual(
        expect.arrayContaining(["organization", "education", "category"].map((f) => [body.rows[1]!.row, f])),
      );
    }
    expect(await storedRevisions("alga")).toBe(0);
  });

  it("a complete roster with `columns: []` is still accepted (the required columns are implied)", async () => {
    const body = await makeSubmission("temir", 5, 12);
    const res = await submit({ ...body, columns: [] }, "temir");
    expect(res.status).toBe(201);
    expect((await json(res)).summary.teachers).toBe(5);
  });
});

describe("academic year window", () => {
  it("refuses a year outside the plan and the region's window with 400 and the open years", async () => {
    for (const [year, lang, words] of [
      ["2103-2104", "en", /not accepted/],
      ["2024-2025", "ru", /не принимаются/],
      ["2028-2029", "kk", /қабылданбайды/],
    ] as const) {
      const res = await submit(await forYear("kobda", 13, year), "kobda", lang);
      expect(res.status).toBe(400);
      const envelope = await json(res);
      expect(envelope.error).toMatchObject({
        code: "year-not-open",
        details: { year, open: ["2025-2026", "2026-2027", "2027-2028"] },
      });
      expect(envelope.error.message).toMatch(words);
    }
    expect(await storedRevisions("kobda")).toBe(0);
    expect((await submit(await forYear("kobda", 13, "2027-2028"), "kobda")).status).toBe(201);
  });

  it("accepts the years the region opens, and refuses them again once it narrows the window", async () => {
    const body = await forYear("shalkar", 14, "2028-2029");
    expect((await submit(body, "shalkar")).status).toBe(400);
    const opened = await call("/api/years/window", {
      method: "PUT",
      body: { from: "2024-2025", to: "2029-2030" },
      token: TOKENS.region,
    });
    expect(opened.status).toBe(200);
    expect((await json(opened)).open).toEqual([
      "2024-2025",
      "2025-2026",
      "2026-2027",
      "2027-2028",
      "2028-2029",
      "2029-2030",
    ]);
    expect((await submit(body, "shalkar")).status).toBe(201);
    expect((await submit(await forYear("shalkar", 14, "2024-2025"), "shalkar")).status).toBe(201);
    expect((await submit(await forYear("shalkar", 14, "2030-2031"), "shalkar")).status).toBe(400);

    await call("/api/years/window", {
      method: "PUT",
      body: { from: "2025-2026", to: "2025-2026" },
      token: TOKENS.region,
    });
    expect((await submit(body, "shalkar")).status).toBe(400);
    // The plan's years stay open whatever the window says.
    expect((await submit(await forYear("shalkar", 14, "2026-2027"), "shalkar")).status).toBe(201);
  });

  it("lets only the region set the window, and only a sane one", async () => {
    const put = (body: unknown, token: string) => call("/api/years/window", { method: "PUT", body, token });
    expect((await put({ from: "2024-2025", to: "2029-2030" }, TOKENS.district("alga"))).status).toBe(403);
    for (const bad of [
      { from: "2030-2031", to: "2024-2025" },
      { from: "2025-2026", to: "2103-2104" },
      { from: "2025-2026" },
      { from: "2025", to: "2026" },
    ]) {
      const res = await put(bad, TOKENS.region);
      expect(res.status).toBe(400);
      expect((await json(res)).error.code).toBe("invalid-input");
    }
    const seen = await json(await call("/api/years/window", { token: TOKENS.district("alga") }));
    expect(seen.plan).toEqual({ from: "2025-2026", to: "2027-2028" });
    const audit = await json(await call("/api/audit", { token: TOKENS.region }));
    expect(audit.entries.some((e: { action: string }) => e.action === "years.window")).toBe(true);
  });
});

describe("report date", () => {
  it("is refused with 422 and a message naming the date and the year when it is not a day of the year", async () => {
    const body = await makeSubmission("mugalzhar", 4, 21);
    for (const [asOf, lang, shown, words] of [
      [
        "2099-01-01",
        "en",
        "01.01.2099",
        /report date 01\.01\.2099 is not a day of the academic year 2025-2026 \(01\.09\.2025 – 31\.08\.2026\)/,
      ],
      ["0001-01-01", "ru", "01.01.0001", /Дата отчёта 01\.01\.0001 не входит в 2025-2026 учебный год/],
      ["2025-08-31", "kk", "31.08.2025", /Есеп күні 31\.08\.2025 2025-2026 оқу жылына жатпайды/],
      ["2026-09-01", "en", "01.09.2026", /choose the academic year the report date belongs to/],
    ] as const) {
      const res = await submit({ ...body, asOf }, "mugalzhar", lang);
      expect(res.status).toBe(422);
      const envelope = await json(res);
      expect(envelope.error).toMatchObject({
        code: "report-date-outside-year",
        details: { asOf, year: "2025-2026", from: "2025-09-01", to: "2026-08-31" },
      });
      expect(envelope.error.message).toContain(shown);
      expect(envelope.error.message).toMatch(words);
    }
    expect(await storedRevisions("mugalzhar")).toBe(0);
    const report = await json(await call("/api/report?year=2025-2026", { token: TOKENS.region }));
    expect(report.districts.map((d: { district: string }) => d.district)).not.toContain("mugalzhar");
  });

  it("accepts the first and the last day of the academic year", async () => {
    const body = await makeSubmission("mugalzhar", 4, 22);
    const first = await submit({ ...body, asOf: "2025-09-01" }, "mugalzhar");
    expect(first.status).toBe(201);
    expect((await json(first)).summary.asOf).toBe("2025-09-01");
    const last = await submit({ ...body, asOf: "2026-08-31" }, "mugalzhar");
    expect(last.status).toBe(201);
    expect((await json(last)).revision).toBe(2);
  });
});

describe("empty roster", () => {
  it("is refused with 422 roster-empty and never becomes the district's newest revision", async () => {
    const full = await makeSubmission("yrgyz", 6, 15);
    expect((await submit(full, "yrgyz")).status).toBe(201);
    const res = await submit({ ...full, rows: [] }, "yrgyz", "ru");
    expect(res.status).toBe(422);
    const envelope = await json(res);
    expect(envelope.error.code).toBe("roster-empty");
    expect(envelope.error.message).toMatch(/Список пуст/);
    expect(await storedRevisions("yrgyz")).toBe(1);
    const report = await json(await call("/api/report?year=2025-2026", { token: TOKENS.region }));
    const yrgyz = report.districts.find((d: { district: string }) => d.district === "yrgyz");
    expect(yrgyz.summary.teachers).toBe(6);
  });
});

describe("ИИН in free text", () => {
  it("is refused in every free-text field, however it is written", async () => {
    const body = await sealed(await makeSubmission("khromtau", 2, 16));
    const row = body.rows[0]!;
    const cases: object[] = [
      { ...body, rows: [{ ...row, mentor: "Бекова 880101.300.125" }] },
      { ...body, rows: [{ ...row, organization: "№3 балабақша 7910-2830-2728" }] },
      { ...body, rows: [{ ...row, position: "тәрбиеші 61211600012" }] },
      { ...body, source: { app: "cli", file: "791028302728.xlsx" } },
      { ...body, source: { app: "addin", sheet: "Тізім 880101 300 125" } },
      { ...body, source: { app: "cli", version: "880101.300.125" } },
    ];
    for (const bad of cases) {
      const res = await submit(bad, "khromtau");
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(JSON.parse(text).error.code).toBe("invalid-input");
      // The refusal does not echo the number back.
      expect(text).not.toMatch(/880101|791028302728|7910-2830|61211600012/);
    }
    expect(await storedRevisions("khromtau")).toBe(0);
  });

  it("refuses a lone UTF-16 surrogate in a mentor's name instead of storing it altered", async () => {
    const body = await sealed(await makeSubmission("martuk", 2, 17));
    // JSON.stringify keeps a lone surrogate as the escape \ud800, as a hostile client would send it.
    const raw = JSON.stringify({ ...body, rows: [{ ...body.rows[0]!, mentor: "Бекова \ud800" }] });
    expect(raw).toContain("\\ud800");
    const res = await call("/api/submissions", {
      raw,
      token: TOKENS.district("martuk"),
      headers: { "Content-Type": "application/json" },
    });
    expect(res.status).toBe(400);
    expect((await json(res)).error.code).toBe("invalid-input");
  });
});
