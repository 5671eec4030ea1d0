import { describe, expect, it } from "vitest";
import { REVIEW_ACTIONS, REVIEW_STATUSES } from "./review-status.ts";
import { ReviewReturnRequestSchema, maySubmit, reviewCompleteness, reviewTransition } from "./review.ts";

describe("reviewTransition", () => {
  it("allows exactly accept and return from submitted, and reopen from accepted", () => {
    const allowed = REVIEW_STATUSES.flatMap((s) =>
      REVIEW_ACTIONS.map((a) => [s, a, reviewTransition(s, a)] as const),
    ).filter(([, , to]) => to !== null);
    expect(allowed).toEqual([
      ["submitted", "accept", "accepted"],
      ["submitted", "return", "returned"],
      ["accepted", "reopen", "submitted"],
    ]);
  });

  it("lets a district submit unless its data is accepted", () => {
    expect(REVIEW_STATUSES.filter(maySubmit)).toEqual(["not-submitted", "submitted", "returned"]);
  });
});

describe("ReviewReturnRequestSchema", () => {
  it("requires a comment and refuses one that carries an ИИН", () => {
    expect(ReviewReturnRequestSchema.safeParse({ year: "2025-2026" }).success).toBe(false);
    expect(ReviewReturnRequestSchema.safeParse({ year: "2025-2026", comment: " " }).success).toBe(false);
    expect(ReviewReturnRequestSchema.safeParse({ year: "2025-2026", comment: "061211600012" }).success).toBe(
      false,
    );
    expect(ReviewReturnRequestSchema.parse({ year: "2025-2026", comment: " Түзетіңіз " }).comment).toBe(
      "Түзетіңіз",
    );
  });
});

describe("reviewCompleteness", () => {
  it("groups districts by status in the given order", () => {
    const c = reviewCompleteness("2025-2026", [
      { district: "aktobe", status: "accepted" },
      { district: "alga", status: "submitted" },
      { district: "temir", status: "returned" },
      { district: "yrgyz", status: "accepted" },
      { district: "oiyl", status: "not-submitted" },
    ]);
    expect(c).toEqual({
      year: "2025-2026",
      expected: 5,
      notSubmitted: ["oiyl"],
      submitted: ["alga"],
      accepted: ["aktobe", "yrgyz"],
      returned: ["temir"],
    });
  });
});
