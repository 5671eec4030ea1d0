import { emptyCategoryCounts, mergeTrend } from "@sapa/shared";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TrendIndicators } from "./TrendIndicators.tsx";

const zero = emptyCategoryCounts();

describe("TrendIndicators", () => {
  it("shows the region's courses against its targets, 'no data' for internships no roster had", () => {
    const trend = mergeTrend({
      "2026-2027": [
        {
          district: "alga",
          revision: 1,
          summary: {
            asOf: "2027-05-31",
            teachers: 300,
            byCategory: zero,
            awardedInYear: zero,
            coursesByYear: { "2026": { count: 130, covered: 300 } },
            internshipsByYear: {},
            eventParticipation: { count: 180, covered: 250 },
          },
        },
      ],
    });
    const html = renderToStaticMarkup(createElement(TrendIndicators, { trend, lang: "ru" }));
    expect(html).toContain(
      "Другие показатели плана — Последний учебный год с данными: 2026-2027, Отправили: 1",
    );
    // 130 of the plan's 595 in 2026: 465 left.
    expect(html).toMatch(
      /Прошли курсы повышения квалификации<\/td><td[^>]*>130<\/td><td[^>]*>595<\/td><td[^>]*>465</,
    );
    expect(html).toMatch(/Прошли стажировку<\/td><td[^>]*>нет данных</);
    expect(renderToStaticMarkup(createElement(TrendIndicators, { trend: mergeTrend({}), lang: "ru" }))).toBe(
      "",
    );
  });
});
