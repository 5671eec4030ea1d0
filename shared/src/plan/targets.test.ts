import { describe, expect, it } from "vitest";
import { emptyCategoryCounts, stageComparison } from "../figures/summary.ts";
import { PLAN_STAGE_TARGETS, targetsOfComparison, yearWindowProblem } from "./targets.ts";
import type { StageTargets } from "../types.ts";

describe("targetsOfComparison", () => {
  it("gives back the table a comparison was made with, so a client's tables agree with the server's", () => {
    const raised: StageTargets = {
      stage: 2,
      year: "2026-2027",
      band: { min: 0.16, max: 0.22 },
      targets: { moderator: 0.07, expert: 0.1, researcher: 0.05, master: 0.0002 },
    };
    const comparison = stageComparison("2026-2027", { ...emptyCategoryCounts(), expert: 9 }, 100, [raised]);
    expect(targetsOfComparison(comparison)).toEqual([raised]);
    // With them, 100 teachers still need ceil(10 − 9) = 1 expert; with the plan's 9% they would need 0.
    const again = stageComparison(
      "2026-2027",
      { ...emptyCategoryCounts(), expert: 9 },
      100,
      targetsOfComparison(comparison),
    );
    expect(again.categories!.expert.teachersNeeded).toBe(1);
    expect(
      stageComparison("2026-2027", { ...emptyCategoryCounts(), expert: 9 }, 100, PLAN_STAGE_TARGETS)
        .categories!.expert.teachersNeeded,
    ).toBe(0);
  });

  it("is empty for a year outside the plan", () => {
    expect(targetsOfComparison(stageComparison("2030-2031", emptyCategoryCounts(), 100))).toEqual([]);
  });
});

describe("yearWindowProblem", () => {
  it("refuses a window whose first year comes after its last, or that spans more than 30 years", () => {
    expect(yearWindowProblem({ from: "2025-2026", to: "2028-2029" })).toBeNull();
    expect(yearWindowProblem({ from: "2026-2027", to: "2026-2027" })).toBeNull();
    expect(yearWindowProblem({ from: "2029-2030", to: "2024-2025" })).toBe("order");
    // 2025-2026 … 2054-2055 is 30 years; one more is too many
    expect(yearWindowProblem({ from: "2025-2026", to: "2054-2055" })).toBeNull();
    expect(yearWindowProblem({ from: "2025-2026", to: "2055-2056" })).toBe("span");
  });
});
