/**
 * DOMAIN's "figures that agree wherever they are shown", with hand-worked numbers: a 24-teacher district, the
 * plan's 3,677-teacher region, a unit over its band, and a category surplus beside a shortfall.
 */
import { describe, expect, it } from "vitest";
import { emptyCategoryCounts } from "./accumulator.ts";
import { bandVerdict, isRegionalTarget, stageComparison } from "./stage.ts";
import type { CategoryKey } from "../types.ts";

const awarded = (c: Partial<Record<CategoryKey, number>>) => ({ ...emptyCategoryCounts(), ...c });

describe("a 24-teacher district, stage 1 (8 / 5 / 2 / 0.01%)", () => {
  // 1 moderator and 1 expert awarded this year.
  const stage = stageComparison("2025-2026", awarded({ moderator: 1, expert: 1 }), 24);
  const lines = stage.categories!;

  it("asks of each category on its own totals, and leaves the master target to the region", () => {
    // moderator 0.08 × 24 = 1.92 − 1 → 1; expert 1.2 − 1 → 1; researcher 0.48 < half a teacher → not asked;
    // master 0.0024 → not asked. Never "needs 1 more" for a target of 0.01%.
    expect(lines.moderator).toMatchObject({ teachersNeeded: 1, regionalTarget: false });
    expect(lines.expert).toMatchObject({ teachersNeeded: 1, regionalTarget: false });
    expect(lines.researcher).toMatchObject({ teachersNeeded: 0, regionalTarget: true });
    expect(lines.master).toMatchObject({ teachersNeeded: 0, regionalTarget: true });
  });

  it("makes 'all categories' the sum of the category rows, its gap the total target minus the awards share", () => {
    expect(stage.total!.teachersNeeded).toBe(2); // 1 + 1 + 0 + 0, where ceil(3.6024 − 2) would say 2 as well
    expect(stage.total!.target).toBe(0.1501);
    expect(stage.total!.actual).toBeCloseTo(2 / 24, 12); // 8.33%
    expect(stage.total!.gapPp).toBeCloseTo(15.01 - 800 / 96, 9); // +6.68 pp
    expect(stage.total!.verdict).toBe("below");
  });
});

describe("the plan's region: 3,677 teachers", () => {
  it("always ceils, so 0.01% asks for one master (0.37 → 1)", () => {
    const region = stageComparison("2025-2026", awarded({}), 3677, undefined, "region");
    expect(region.categories!.master).toMatchObject({ teachersNeeded: 1, regionalTarget: false });
    // moderator ceil(294.16) = 295, expert ceil(183.85) = 184, researcher ceil(73.54) = 74, master 1.
    expect(Object.values(region.categories!).map((l) => l.teachersNeeded)).toEqual([295, 184, 74, 1]);
    expect(region.total!.teachersNeeded).toBe(554);
    // The same teachers as one district (a unit) would leave the master to the region.
    expect(stageComparison("2025-2026", awarded({}), 3677).categories!.master.teachersNeeded).toBe(0);
  });

  it("is asked from half a teacher up: 2% of 25 = 0.5 → 1, 2% of 24 = 0.48 → not asked", () => {
    expect(isRegionalTarget(0.02, 25, "unit")).toBe(false);
    expect(isRegionalTarget(0.02, 24, "unit")).toBe(true);
    expect(isRegionalTarget(0.0001, 1, "region")).toBe(false);
    expect(stageComparison("2025-2026", awarded({}), 8).categories!.moderator.teachersNeeded).toBe(1); // 0.64
  });
});

describe("the band verdict: below, within, above — judged by the band, not the total target", () => {
  it("says above for a unit over its band (good news), within at the band's edges", () => {
    // 12 teachers, 4 awards (2 moderators, 2 experts) = 33.33% against 10–15%.
    const over = stageComparison("2025-2026", awarded({ moderator: 2, expert: 2 }), 12);
    expect(over.total!.verdict).toBe("above");
    expect(over.total!.gapPp).toBeCloseTo(15.01 - 100 / 3, 9); // −18.32 pp: ahead of the total target
    const band = { min: 0.1, max: 0.15 };
    expect(bandVerdict(0.1, band)).toBe("within");
    expect(bandVerdict(0.15, band)).toBe("within");
    // 15.005% is above the band though still under the total target of 15.01%: judged by the band.
    expect(bandVerdict(0.15005, band)).toBe("above");
    expect(bandVerdict(0.0999, band)).toBe("below");
  });
});

describe("a category surplus beside a shortfall", () => {
  it("does not let one category's surplus cover another's shortfall", () => {
    // 100 teachers, stage 1: 20 moderators awarded (target 8: surplus 12), no expert (target 5: short 5),
    // 2 researchers (target 2: met). Total awards 22 > the 15.01 total target, and above the band…
    const stage = stageComparison("2025-2026", awarded({ moderator: 20, researcher: 2 }), 100);
    expect(stage.categories!.moderator.teachersNeeded).toBe(0);
    expect(stage.categories!.moderator.gapPp).toBeCloseTo(-12, 9);
    expect(stage.categories!.expert.teachersNeeded).toBe(5);
    // …yet 5 experts (and the master, 0.01 of a teacher: not asked) are still needed: 0 + 5 + 0 + 0.
    expect(stage.total!.teachersNeeded).toBe(5);
    expect(stage.total!.gapPp).toBeCloseTo(15.01 - 22, 9);
    expect(stage.total!.verdict).toBe("above");
  });
});
