import { DISTRICT_IDS, type DistrictReview } from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { formatDistrictStatus, formatReviewList } from "./review-output.ts";

const row = (over: Partial<DistrictReview> & Pick<DistrictReview, "district">): DistrictReview => ({
  year: "2025-2026",
  status: "not-submitted",
  revision: null,
  submittedAt: null,
  reviewedRevision: null,
  reviewedAt: null,
  comment: null,
  ...over,
});

const temir = row({
  district: "temir",
  status: "returned",
  revision: 2,
  submittedAt: "2026-11-20T09:15:42.120Z",
  reviewedRevision: 2,
  reviewedAt: "2026-11-21T04:01:00.000Z",
  comment: "Категории в д/с №3",
});

describe("formatReviewList", () => {
  it("counts by status and lists the 13 districts in region order with the comment", () => {
    const districts = DISTRICT_IDS.map((d) =>
      d === "temir"
        ? temir
        : d === "alga"
          ? row({ district: d, status: "accepted", revision: 1, submittedAt: "2026-11-19T08:00:00Z" })
          : row({ district: d }),
    );
    const text = formatReviewList({ year: "2025-2026", districts }, "ru");
    const lines = text.split("\n");
    expect(lines[0]).toBe("Проверка: 2025-2026 учебный год");
    // The counts in the same words as one unit's status ("Не отправил"), in the plural.
    expect(lines[2]).toBe("принято 1 · ждут проверки 0 · возвращено 1 · не отправили 11");
    expect(lines).toHaveLength(4 + 2 + 13);
    expect(lines[6]).toMatch(/^г\. Актобе\s+Не отправил$/);
    const temirLine = lines.find((l) => l.startsWith("Темирский район"))!;
    // Times in Aktobe (UTC+5): 09:15 UTC is 14:15 there; 04:01 UTC is 09:01.
    expect(temirLine).toMatch(
      /Возвращено\s+2\s+20\.11\.2026 14:15\s+21\.11\.2026 09:01\s+Категории в д\/с №3$/,
    );
  });
});

describe("formatDistrictStatus", () => {
  it("puts a returned district's status and the region's comment first", () => {
    expect(formatDistrictStatus(temir, "kk").split("\n")).toEqual([
      "Темір ауданы · 2025-2026",
      "════════════════════════",
      "Тексеру күйі: Қайтарылды",
      "Нұсқа: 2 · Жіберілген уақыты: 20.11.2026 14:15",
      "",
      "! Облыс деректерді қайтарды. Түзетіп, қайта жіберіңіз.",
      "Облыстың түсініктемесі: «Категории в д/с №3»",
    ]);
  });
});
