import type { YearLock } from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { translator } from "../translate.ts";
import { reviewLocked, yearLockChange, yearLockLine } from "./use-year-lock.ts";

const locked: YearLock = { year: "2025-2026", locked: true, lockedAt: "2026-11-22T03:57:10.000Z" };
const open: YearLock = { year: "2025-2026", locked: false, lockedAt: null };

describe("the year's lock on the Region tab", () => {
  it("says the year's state: open, or locked since when (Aktobe time) and what that stops", () => {
    expect(yearLockLine(open, translator("en"))).toBe("2025-2026: open");
    expect(yearLockLine(locked, translator("en"))).toBe(
      "2025-2026: locked since 22.11.2026 08:57: no submission or review change",
    );
    expect(yearLockLine(locked, translator("ru"))).toBe(
      "2025-2026: год закрыт с 22.11.2026 08:57: ни отправки, ни изменений проверки",
    );
    expect(yearLockLine(open, translator("kk"))).toBe("2025-2026 оқу жылы: ашық");
  });

  it("offers to unlock a locked year and to lock an open one", () => {
    expect(yearLockChange(locked)).toBe("unlock");
    expect(yearLockChange(open)).toBe("lock");
  });

  it("turns the review buttons off only while the shown year is known to be locked", () => {
    expect(reviewLocked(locked, "2025-2026")).toBe(true);
    expect(reviewLocked(open, "2025-2026")).toBe(false);
    expect(reviewLocked(null, "2025-2026")).toBe(false); // not read: the server still refuses
    expect(reviewLocked(locked, "2026-2027")).toBe(false);
  });
});
