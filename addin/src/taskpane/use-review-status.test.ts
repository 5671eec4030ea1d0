import type { DistrictReview, YearLock } from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { translator } from "../translate.ts";
import { submitBlockedReason } from "./use-review-status.ts";

const year = "2025-2026";
const locked: YearLock = { year, locked: true, lockedAt: "2026-11-22T03:57:10.000Z" };
const open: YearLock = { year, locked: false, lockedAt: null };
const accepted = { district: "temir", year, status: "accepted" } as DistrictReview;
const submitted = { district: "temir", year, status: "submitted" } as DistrictReview;

describe("submitBlockedReason", () => {
  it("turns Submit off for a locked year, naming the year and since when in Aktobe time", () => {
    const en = translator("en");
    expect(submitBlockedReason({ review: submitted, lock: locked }, year, en)).toBe(
      "Submitting is off: the region has locked the academic year 2025-2026 since 22.11.2026 08:57.",
    );
    // locked says more than accepted: even reopening waits for the unlock
    expect(submitBlockedReason({ review: accepted, lock: locked }, year, translator("ru"))).toBe(
      "Отправка выключена: учебный год 2025-2026 закрыт областью с 22.11.2026 08:57.",
    );
    expect(submitBlockedReason({ review: null, lock: locked }, year, translator("kk"))).toContain(
      "2025-2026 оқу жылын жапқан (жабылған уақыты 22.11.2026 08:57)",
    );
  });

  it("leaves Submit on when the year is open, its lock is unread (a failed read) or another year's", () => {
    const en = translator("en");
    expect(submitBlockedReason({ review: submitted, lock: open }, year, en)).toBeNull();
    expect(submitBlockedReason({ review: submitted, lock: null }, year, en)).toBeNull();
    expect(submitBlockedReason({ review: null, lock: locked }, "2026-2027", en)).toBeNull();
  });

  it("still turns Submit off for accepted data in an open year", () => {
    const en = translator("en");
    expect(submitBlockedReason({ review: accepted, lock: open }, year, en)).toBe(en("submitBlockedAccepted"));
    expect(submitBlockedReason({ review: accepted, lock: null }, year, en)).toBe(en("submitBlockedAccepted"));
  });
});
