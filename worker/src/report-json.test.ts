import {
  DISTRICT_IDS,
  PLAN_STAGE_TARGETS,
  fromSubmissionRows,
  summarise,
  type DistrictId,
  type StageTargets,
  type Summary,
} from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { AS_OF, YEAR, makeSubmission } from "../test/fixtures.ts";
import type { SubmissionMeta } from "./db/submissions.ts";
import { buildReport } from "./report.ts";
import { reportJson } from "./report-json.ts";
import { serialiseSummary, summaryPieces } from "./summary-layout.ts";

async function stored(district: DistrictId, rows: number, seed: number, revision = 1) {
  const body = await makeSubmission(district, rows, seed);
  const summary = summarise(fromSubmissionRows(body.rows), {
    asOf: AS_OF,
    year: YEAR,
    district,
    present: body.columns,
  });
  const meta: SubmissionMeta = {
    id: `${district}-${revision}`,
    district,
    year: YEAR,
    revision,
    asOf: AS_OF,
    receivedAt: `2025-12-0${revision}T10:00:00.000Z`,
    tokenId: "t",
    rowCount: rows,
    source: null,
  };
  return { meta, summary };
}

/** Both ways of answering, from the same stored summaries; `legacy` ones are read without a layout. */
function both(
  newest: { meta: SubmissionMeta; summary: Summary }[],
  targets: readonly StageTargets[],
  legacy: ReadonlySet<DistrictId> = new Set(),
) {
  const now = new Date("2026-01-15T08:30:00.000Z");
  const slow = JSON.stringify(
    buildReport(
      YEAR,
      newest.map((n) => ({ ...n.meta, summary: JSON.parse(JSON.stringify(n.summary)) as Summary })),
      targets,
      now,
    ),
  );
  const fast = reportJson(
    YEAR,
    newest.map((n) => {
      const { json, layout } = serialiseSummary(n.summary);
      const layoutJson = legacy.has(n.meta.district) ? null : JSON.stringify(layout);
      return { ...n.meta, ...summaryPieces(json, layoutJson) };
    }),
    targets,
    now,
  );
  return { slow, fast };
}

describe("reportJson", () => {
  it("is byte for byte JSON.stringify(buildReport(...)) for thirteen districts", async () => {
    const newest = await Promise.all(DISTRICT_IDS.map((d, i) => stored(d, 60 + 25 * i, 300 + i)));
    const { slow, fast } = both(newest, PLAN_STAGE_TARGETS);
    expect(JSON.parse(fast).attestationDue.length).toBeGreaterThan(50);
    expect(JSON.parse(fast).region.organizations).toBeGreaterThan(13);
    expect(fast).toBe(slow);
  });

  it("is the same with missing units, summaries stored without a layout and other targets", async () => {
    const newest = await Promise.all(
      (["alga", "aktobe", "shalkar", "oiyl", "yrgyz"] as const).map((d, i) =>
        stored(d, 90 + 13 * i, 40 + i, i + 1),
      ),
    );
    const targets = PLAN_STAGE_TARGETS.map((t) => ({ ...t, targets: { ...t.targets, expert: 0.123 } }));
    const { slow, fast } = both(newest, targets, new Set(["aktobe", "oiyl"]));
    expect(JSON.parse(fast).completeness.submitted).toBe(5);
    expect(fast).toBe(slow);
  });

  it("is the same for a unit of no teachers and for a year nobody submitted", async () => {
    const one = both([await stored("kobda", 0, 3)], PLAN_STAGE_TARGETS);
    expect(one.fast).toBe(one.slow);
    const none = both([], PLAN_STAGE_TARGETS);
    expect(none.fast).toBe(none.slow);
  });
});
