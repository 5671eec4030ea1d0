// The CPU figures of `npm run bench:worker` (issue 21): the handler's CPU inside workerd as the OS counts
// it for the isolate's thread, and where the time goes by the profile's samples.
import { gzipSync } from "node:zlib";
import { readRoster, sealSubmission, toSubmissionRows, toWire } from "@sapa/shared";
import { generateRoster } from "@sapa/shared/sample";
import { describe, expect, it } from "vitest";
import { ensureDevRegionKey } from "../../scripts/dev-key.mjs";
import { busyMilliseconds, profileShares, type CpuProfile } from "../bench/workerd-cpu.mjs";
import { workerdHandlerCpu } from "../bench/workerd-handler.mjs";

const AS_OF = "2026-05-31";
const YEAR = "2025-2026";

async function sealedBody(seed: number, rows: number): Promise<Uint8Array> {
  const grid = generateRoster({ seed, rows, district: "alga", lang: "kk", year: YEAR, asOf: AS_OF });
  const read = readRoster(grid, { asOf: AS_OF });
  const clear = {
    district: "alga" as const,
    year: YEAR,
    asOf: AS_OF,
    columns: read.present,
    rows: await toSubmissionRows(read.teachers),
  };
  return gzipSync(JSON.stringify(toWire(await sealSubmission(clear, await ensureDevRegionKey()))));
}

describe("the workerd CPU figures of bench:worker", () => {
  it("shares a profile's time by its samples, so a thread kept waiting lends its wait to no function", () => {
    const frame = (functionName: string) => ({ functionName, url: "", lineNumber: 0 });
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame("(idle)") },
        { id: 2, callFrame: frame("decode") },
        { id: 3, callFrame: frame("summarise") },
      ],
      samples: [1, 2, 3, 2],
      // The third sample came 50 ms late: the machine kept the thread waiting.
      timeDeltas: [100, 100, 50_000, 100],
    };
    expect(busyMilliseconds(profile)).toBeCloseTo(50.2);
    expect(profileShares(profile)).toEqual([
      { name: "decode", share: 2 / 3 },
      { name: "summarise", share: 1 / 3 },
    ]);
  });

  it("measures a 1,000-row sealed submission the worker accepts inside workerd, above a health check", async () => {
    const measured = await workerdHandlerCpu({
      rosters: { 1000: [await sealedBody(1, 1000), await sealedBody(2, 1000)] },
      district: "alga",
      regionKey: await ensureDevRegionKey(),
      runs: 3,
    });
    if (process.platform !== "linux") return expect(measured).toBeNull();
    const m = measured![1000]!;
    expect(m.perHealth).toBeGreaterThan(0);
    expect(m.perDrain).toBeGreaterThan(0);
    // A roster of 1,000 teachers is validated, summarised and serialised for D1: far more than a health check.
    expect(m.perRequest).toBeGreaterThan(2 * m.perHealth);
  });
});
