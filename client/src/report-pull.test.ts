import {
  summarise,
  summaryFigures,
  type AttestationEntry,
  type DistrictId,
  type OrganizationSummary,
  type ReportFigures,
  type ReportPage,
} from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { ApiError } from "./api-error.ts";
import { pullReport, type ReportSource } from "./report-pull.ts";

const YEAR = "2025-2026";
const empty = summaryFigures(summarise([], { asOf: "2025-12-01", year: YEAR, present: [] }));

function figures(revisions: Record<string, number>, organizations: number, due: number): ReportFigures {
  return {
    year: YEAR,
    generatedAt: "2025-12-01T10:00:00.000Z",
    region: { ...empty, organizations, attestationDueByYear: { [YEAR]: due } },
    districts: Object.entries(revisions).map(([district, revision]) => ({
      district: district as DistrictId,
      name: { kk: district, ru: district, en: district },
      revision,
      submittedAt: "2025-12-01T09:00:00.000Z",
      summary: empty,
    })),
    completeness: { expected: 13, submitted: Object.keys(revisions).length, accepted: 0, missing: [] },
  };
}

const org = (district: DistrictId, name: string) =>
  ({ district, key: name, name, teachers: 1 }) as unknown as OrganizationSummary;
const due = (district: DistrictId, fullName: string) =>
  ({ district, fullName }) as unknown as AttestationEntry;

/** A report whose lists were read at `listRevision(call)` of alga while its figures say `figureRevision(call)`. */
function source(figureRevision: (call: number) => number, listRevision: (call: number) => number) {
  let calls = 0;
  const page = <T>(items: T[]): ReportPage<T> => ({
    year: YEAR,
    revisions: [
      { district: "alga", revision: listRevision(calls) },
      { district: "temir", revision: 1 },
    ],
    items,
    nextCursor: null,
  });
  const s: ReportSource & { calls: () => number } = {
    report: async () => figures({ alga: figureRevision(++calls), temir: 1 }, 3, 2),
    organizationsPage: async () => page([org("alga", "№1"), org("alga", "№2"), org("temir", "№1")]),
    attestationPage: async () => page([due("alga", "А"), due("temir", "Т")]),
    calls: () => calls,
  };
  return s;
}

describe("pullReport", () => {
  it("reads the figures and both lists, counting progress over both against the figures' totals", async () => {
    const progress: [number, number | undefined][] = [];
    const pulled = await pullReport(
      source(
        () => 1,
        () => 1,
      ),
      YEAR,
      { lang: "en", onProgress: (d, t) => progress.push([d, t]) },
    );
    expect(pulled.organizations).toHaveLength(3);
    expect(pulled.attestation).toHaveLength(2);
    expect(progress).toEqual([
      [3, 5],
      [5, 5],
    ]);
  });

  it("tells no progress for a year without data (one empty page of each list)", async () => {
    const progress: [number, number | undefined][] = [];
    const emptyYear: ReportSource = {
      report: async () => figures({}, 0, 0),
      organizationsPage: async () => ({ year: YEAR, revisions: [], items: [], nextCursor: null }),
      attestationPage: async () => ({ year: YEAR, revisions: [], items: [], nextCursor: null }),
    };
    const pulled = await pullReport(emptyYear, YEAR, {
      lang: "en",
      onProgress: (d, t) => progress.push([d, t]),
    });
    expect(pulled.organizations).toEqual([]);
    expect(pulled.attestation).toEqual([]);
    expect(progress).toEqual([]);
  });

  it("reads everything again when the lists come from another revision than the figures", async () => {
    // Alga resubmitted after the figures were read: the lists say revision 2; the second round agrees.
    const s = source(
      (call) => call,
      () => 2,
    );
    const pulled = await pullReport(s, YEAR, { lang: "en" });
    expect(s.calls()).toBe(2);
    expect(pulled.figures.districts[0]).toMatchObject({ district: "alga", revision: 2 });
  });

  it("gives up after the allowed rounds with report-changing", async () => {
    const s = source(
      () => 1,
      () => 2,
    );
    const error = (await pullReport(s, YEAR, { lang: "kk", maxRestarts: 2 }).catch((e) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe("report-changing");
    expect(s.calls()).toBe(3);
  });
});
