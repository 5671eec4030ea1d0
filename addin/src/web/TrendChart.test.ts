import { emptyCategoryCounts, formatBand, formatShare, label, mergeTrend } from "@sapa/shared";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { webTranslator } from "./i18n-web.ts";
import { TrendChart } from "./TrendChart.tsx";

describe("TrendChart", () => {
  it("says each share as the tables do (formatShare), in the page's language", () => {
    // 37 awards of 300 teachers in 2025-2026 (stage 1, band 10–15%): 12.33 %.
    const trend = mergeTrend({
      "2025-2026": [
        {
          district: "alga",
          revision: 1,
          summary: {
            asOf: "2026-05-31",
            teachers: 300,
            byCategory: emptyCategoryCounts(),
            awardedInYear: { ...emptyCategoryCounts(), moderator: 25, expert: 12 },
            coursesByYear: {},
            internshipsByYear: {},
            eventParticipation: { count: 0, covered: 0 },
          },
        },
      ],
    });
    const actual = trend.years.find((y) => y.year === "2025-2026")!.region!.stage.total!.actual;
    expect(actual).toBeCloseTo(37 / 300, 12);
    for (const lang of ["kk", "ru", "en"] as const) {
      const tw = webTranslator(lang);
      const html = renderToStaticMarkup(createElement(TrendChart, { trend, tw, lang }));
      expect(html, lang).toContain(
        `<title>${tw("webTrendActual")} 2025-2026: ${formatShare(actual, lang)}</title>`,
      );
      expect(html, lang).toContain(
        `${label("band", lang)} 2025-2026: ${formatBand({ min: 0.1, max: 0.15 }, lang)}`,
      );
    }
    const ru = renderToStaticMarkup(
      createElement(TrendChart, { trend, tw: webTranslator("ru"), lang: "ru" }),
    );
    expect(ru).toContain(": 12,33%</title>"); // the point, two decimals and a comma, as in the tables
    // The band under the shared label and in the stage table's and the summary sheet's form.
    expect(ru).toContain("<title>Целевой диапазон 2025-2026: 10,00%–15,00%</title>");
    // The axis: 0 to 115 % of the highest band's top (stage 3, 25 % → 28.75 %), short, with the
    // language's decimal comma.
    const ticks = [...ru.matchAll(/text-anchor="end"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(ticks).toEqual(["0,0%", "7,2%", "14%", "22%", "29%"]);
  });

  it("says its figures as text: each year's awards share and band, a year without data as such (keyboard and screen reader)", () => {
    // 24 awards of 300 teachers in 2025-2026: 8.00 %, under the band 10–15 %; 2026-2027 and 2027-2028 without data.
    const trend = mergeTrend({
      "2025-2026": [
        {
          district: "temir",
          revision: 2,
          summary: {
            asOf: "2026-05-31",
            teachers: 300,
            byCategory: emptyCategoryCounts(),
            awardedInYear: { ...emptyCategoryCounts(), moderator: 18, expert: 6 },
          },
        },
      ],
    });
    const ru = renderToStaticMarkup(
      createElement(TrendChart, { trend, tw: webTranslator("ru"), lang: "ru" }),
    );
    const items = [...ru.matchAll(/<li>([^<]+)<\/li>/g)].map((m) => m[1]);
    expect(items).toEqual([
      "2025-2026: доля получивших категорию, область 8,00% · Целевой диапазон 10,00%–15,00%",
      // A year to come has no share yet, but its band is known: what it will be held to.
      "2026-2027: доля получивших категорию, область нет данных · Целевой диапазон 15,00%–20,00%",
      "2027-2028: доля получивших категорию, область нет данных · Целевой диапазон 20,00%–25,00%",
    ]);
    // The picture is described by that list.
    const described = /aria-describedby="([^"]+)"/.exec(ru)![1];
    expect(ru).toContain(`<ul id="${described}"`);
  });
});
