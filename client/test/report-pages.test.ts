import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "../src/api-error.ts";
import { createSapaClient, type SapaClient } from "../src/sapa-client.ts";
import type { FetchLike } from "../src/transport.ts";
import { SERVER, YEAR, makeSealedSubmission, startWorkerApp, type WorkerApp } from "./worker-app.ts";

let worker: WorkerApp;
let region: SapaClient;
const submit = async (district: "alga" | "temir" | "kobda", rows: number, seed: number) =>
  createSapaClient({ server: SERVER, token: `dev-${district}`, lang: "en", fetch: worker.fetch }).submit(
    await makeSealedSubmission(district, rows, seed),
  );

beforeAll(async () => {
  worker = await startWorkerApp();
  region = createSapaClient({ server: SERVER, token: "dev-region", lang: "ru", fetch: worker.fetch });
  await submit("alga", 120, 11);
  await submit("temir", 80, 12);
  await submit("kobda", 60, 13);
});
afterAll(async () => worker?.stop());

/** The worker's fetch that runs `meanwhile` once, after the n-th request of a list page. */
function interrupted(afterPage: number, meanwhile: () => Promise<unknown>): FetchLike {
  let pages = 0;
  return async (input, init) => {
    const request = new Request(input, init);
    const response = await worker.fetch(request);
    if (new URL(request.url).pathname.startsWith("/api/report/") && ++pages === afterPage) await meanwhile();
    return response;
  };
}

describe("paging the report's lists against the worker app", () => {
  it("reads every organisation and attestation entry the figures count, page by page", async () => {
    const figures = await region.report(YEAR);
    expect(figures.region.teachers).toBe(260);
    const progress: [number, number | undefined][] = [];
    const organizations = await region.allOrganizations(
      { year: YEAR, limit: 7 },
      { total: figures.region.organizations, onProgress: (d, t) => progress.push([d, t]) },
    );
    expect(organizations.items).toHaveLength(figures.region.organizations);
    expect(new Set(organizations.items.map((o) => `${o.district}|${o.key}`)).size).toBe(
      organizations.items.length,
    );
    expect(organizations.items.reduce((sum, o) => sum + o.teachers, 0)).toBe(260);
    expect(progress.at(-1)).toEqual([figures.region.organizations, figures.region.organizations]);
    expect(progress.length).toBe(Math.ceil(figures.region.organizations / 7));

    const pulled = await region.pullReport(YEAR);
    const due = Object.values(figures.region.attestationDueByYear).reduce((a, b) => a + b, 0);
    expect(pulled.attestation).toHaveLength(due);
    expect(pulled.organizations).toEqual(organizations.items);
    expect(pulled.figures.region).toEqual(figures.region);
  });

  it("starts again when a district resubmits between two pages, and ends on the new revision", async () => {
    const before = await region.report(YEAR);
    const temirBefore = before.districts.find((d) => d.district === "temir")!;
    const client = createSapaClient({
      server: SERVER,
      token: "dev-region",
      lang: "ru",
      fetch: interrupted(1, () => submit("temir", 90, 14)),
    });
    const progress: number[] = [];
    const list = await client.allAttestation(
      { year: YEAR, limit: 5 },
      { onProgress: (done) => progress.push(done) },
    );
    expect(list.revisions).toContainEqual({ district: "temir", revision: temirBefore.revision + 1 });
    // The first page was read again: progress went back to one page's worth after the restart.
    expect(progress.slice(0, 2)).toEqual([5, 5]);
    const fresh = await region.allAttestation({ year: YEAR, limit: 1000 });
    expect(list.items).toEqual(fresh.items);
  });

  it("gives up with a clear error when districts keep resubmitting", async () => {
    let seed = 20;
    const client = createSapaClient({
      server: SERVER,
      token: "dev-region",
      lang: "ru",
      fetch: async (input, init) => {
        const request = new Request(input, init);
        const response = await worker.fetch(request);
        if (new URL(request.url).searchParams.has("cursor")) await submit("alga", 120, seed++);
        return response;
      },
    });
    const error = (await client
      .allOrganizations({ year: YEAR, limit: 3 }, { maxRestarts: 1 })
      .catch((e) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: "report-changing", fromServer: false });
    expect(error.message).toContain("Пока список читался");
  });

  it("keeps a district token to its own district; the server's refusal is a typed 403", async () => {
    const alga = createSapaClient({ server: SERVER, token: "dev-alga", lang: "kk", fetch: worker.fetch });
    const own = await alga.allOrganizations({ year: YEAR });
    expect(own.items.length).toBeGreaterThan(0);
    expect(new Set(own.items.map((o) => o.district))).toEqual(new Set(["alga"]));
    const error = (await alga
      .organizationsPage({ year: YEAR, district: "temir" })
      .catch((e) => e)) as ApiError;
    expect(error).toMatchObject({ status: 403, code: "forbidden-district", fromServer: true });
  });
});
