/**
 * `sapa candidates` in-process against the real worker app on a real local D1, served over loopback HTTP.
 */
import { createSapaClient } from "@sapa/client";
import { CandidateCountsSchema, type CategoryKey, type DistrictId } from "@sapa/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeSubmission, sealedForDev, type WorkerApp } from "../../client/test/worker-app.ts";
import { sapaInProcess } from "./in-process.ts";
import { serveWorkerApp, type ServedWorker } from "./worker-http.ts";

let served: ServedWorker;
let worker: WorkerApp;
let server: string;

const YASLI = "ГККП «Ясли-сад № 5»";
const NO1 = "№1 балабақша";

/** A district's submission whose organisations, categories and award dates are known. */
async function submitRoster(
  district: DistrictId,
  plan: [organization: string, category: CategoryKey, date: string, count: number][],
  seed: number,
) {
  const rows = plan.flatMap(([organization, category, date, n]) =>
    Array.from({ length: n }, () => ({ organization, category, date })),
  );
  const body = await makeSubmission(district, rows.length, seed);
  const client = createSapaClient({ server, token: `dev-${district}`, lang: "en", fetch: worker.fetch });
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

beforeAll(async () => {
  served = await serveWorkerApp();
  worker = served.worker;
  server = served.server;
  // Shalkar, 11 teachers: 6 pedagogues of 2021 (moderator candidates), 3 moderators of 2023 (expert
  // candidates), 2 experts of 2021-03-01 (renewal on 2026-03-01, and researcher candidates).
  await submitRoster(
    "shalkar",
    [
      [YASLI, "pedagog", "2021-05-05", 6],
      [YASLI, "moderator", "2023-06-01", 3],
      [NO1, "expert", "2021-03-01", 2],
    ],
    1,
  );
  // Alga, 10 pedagogues of 2020: moderator candidates.
  await submitRoster("alga", [["«Айгөлек» балабақшасы", "pedagog", "2020-01-01", 10]], 2);
});

afterAll(async () => {
  await served?.stop();
});

const sapa = (args: string[], token = "dev-region") =>
  sapaInProcess(["candidates", ...args, "--year", "2025-2026"], {
    env: { SAPA_SERVER: server, SAPA_TOKEN: token },
  });

describe("sapa candidates", () => {
  it("prints the region's counts as JSON with known numbers", async () => {
    const res = await sapa(["--json"]);
    expect(res).toMatchObject({ code: 0, err: "" });
    const counts = CandidateCountsSchema.parse(JSON.parse(res.out));
    expect(counts.minYearsSinceAward).toBe(2);
    expect(counts.byDistrict.map((d) => [d.district, d.teachers])).toEqual([
      ["alga", 10],
      ["shalkar", 11],
    ]);
    // Shalkar, 11 teachers, stage 1: ceil(0.88) = 1 moderator and ceil(0.55) = 1 expert needed; the
    // researcher (0.22 of a teacher) and master (0.0011) targets are under half a teacher at this size, so
    // they are regional targets: 0 needed here, never a shortfall (DOMAIN, "figures that agree").
    const shalkar = counts.byDistrict[1]!.categories;
    expect([shalkar.moderator, shalkar.expert, shalkar.researcher, shalkar.master]).toEqual([
      { needed: 1, candidates: 6, uncertain: 0, shortfall: 0, regionalTarget: false },
      { needed: 1, candidates: 5, uncertain: 0, shortfall: 0, regionalTarget: false },
      { needed: 0, candidates: 2, uncertain: 0, shortfall: 0, regionalTarget: true },
      { needed: 0, candidates: 0, uncertain: 0, shortfall: 0, regionalTarget: true },
    ]);
    expect(counts.total.categories.moderator).toEqual({
      needed: 2,
      candidates: 16,
      uncertain: 0,
      shortfall: 0,
      regionalTarget: false,
    });
  });

  it("prints the tables in Russian with the region's setting, and follows a changed setting", async () => {
    const res = await sapa(["--lang", "ru"]);
    expect(res).toMatchObject({ code: 0, err: "" });
    expect(res.out).toContain("Кандидаты на категорию · 2025-2026");
    expect(res.out).toContain(
      "к концу 2025-2026 учебного года имеет её не меньше установленного минимума лет (2)",
    );
    expect(res.out).toContain("Шалкарский район");
    expect(res.out).toContain(YASLI);
    expect(res.out).toContain("Не хватает");
    expect(res.out).not.toContain("ФИО");
    const region = createSapaClient({ server, token: "dev-region", lang: "en", fetch: worker.fetch });
    expect(await region.putSettings({ minYearsSinceAward: 4 })).toEqual({
      settings: { minYearsSinceAward: 4 },
    });
    const after = await sapa(["--lang", "en", "--json"]);
    // Four years: the 2023 moderators (2027-06-01) are no expert candidates any more; the renewals stay.
    const counts = CandidateCountsSchema.parse(JSON.parse(after.out));
    expect(counts.minYearsSinceAward).toBe(4);
    expect(counts.total.categories.expert.candidates).toBe(2);
    const text = await sapa(["--lang", "en"]);
    expect(text.out).toContain(
      "by the end of the academic year 2025-2026, has held it for at least the minimum number of years (4)",
    );
  });

  it("shows a district its own district, and refuses another in its language", async () => {
    const own = await sapa(["--json"], "dev-alga");
    expect(own.code).toBe(0);
    expect(JSON.parse(own.out).byDistrict.map((d: { district: string }) => d.district)).toEqual(["alga"]);
    const other = await sapa(["--district", "shalkar", "--lang", "ru"], "dev-alga");
    expect(other.code).toBe(1);
    expect(other.err).toContain("Ключ доступа выдан другому району. Выберите свой район.");
    const bad = await sapa(["--district", "Shalkar"]);
    expect(bad.code).toBe(2);
  });
});
