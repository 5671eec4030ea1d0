/**
 * The words of the API's refusals: every message a person reads names the values of its details in their
 * language (a review status in words, a count grouped, a list of years), and none points at a field of the
 * envelope ("details.open") instead of saying what is there.
 */
import { ERROR_CODES } from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { ERROR_MESSAGES, errorBody } from "./errors.ts";

describe("error messages", () => {
  it("never send the reader to a field of the envelope", () => {
    for (const code of ERROR_CODES)
      for (const lang of ["kk", "ru", "en"] as const)
        expect(ERROR_MESSAGES[code][lang], `${code} ${lang}`).not.toMatch(/details\./);
  });

  it("fill the details' values: years listed, a status and roles in words, counts grouped", () => {
    const open = { year: "2031-2032", open: ["2025-2026", "2026-2027", "2027-2028"] };
    expect(errorBody("year-not-open", "ru", open).error.message).toBe(
      "Отчёты за 2031-2032 учебный год не принимаются. Выберите учебный год плана или открытый областью: 2025-2026, 2026-2027, 2027-2028.",
    );
    expect(
      errorBody("review-invalid-transition", "kk", { action: "accept", status: "accepted" }).error.message,
    ).toBe("Ағымдағы «Қабылданды» мәртебесінде бұл әрекет мүмкін емес. Тізімді жаңартып, қайталаңыз.");
    expect(errorBody("review-stale", "en", { revision: 2, seen: 5 }).error.message).toBe(
      "The district's newest revision is 2, and the request names revision 5. Review revision 2 and try again.",
    );
    expect(errorBody("forbidden-role", "ru", { required: ["region"] }).error.message).toBe(
      "Ваш ключ доступа не даёт права на это действие: нужен ключ доступа областного методического центра.",
    );
    expect(errorBody("forbidden-role", "en", { required: ["district", "region"] }).error.message).toBe(
      "Your access key may not do this: it takes a district's access key or an access key of the regional methodical centre.",
    );
    expect(errorBody("roster-has-errors", "kk", { errorCount: 1204, problems: [] }).error.message).toBe(
      "Тізімде қателер бар (1\u00a0204). Оларды түзетіп, қайта жіберіңіз.",
    );
    // Nobody called "the administrator" is known to a district: a 413 names who runs the server for it.
    for (const lang of ["kk", "ru", "en"] as const)
      expect(errorBody("too-large", lang).error.message).toMatch(
        {
          kk: /облыстық әдістемелік орталық/,
          ru: /областной методический центр/,
          en: /regional methodical centre/,
        }[lang],
      );
    // The details themselves stay as programs read them.
    expect(errorBody("year-not-open", "kk", open).error.details).toEqual(open);
  });
});
