/**
 * The terminal's stage line when there is no stage table: outside the plan's years it says the plan sets no
 * targets; in a year of the plan with no teacher (`sapa group show` on a group none of whose organisations
 * sent data that year) it says there is no teacher, not that the plan has no targets.
 */
import { label, summarise, summaryFigures } from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { formatStage } from "./summary-output.ts";

describe("formatStage without a stage table", () => {
  it("says why, in each language", () => {
    for (const lang of ["kk", "ru", "en"] as const) {
      const noTeacher = summaryFigures(summarise([], { asOf: "2026-05-31", present: [] }));
      expect(formatStage(noTeacher, lang)).toContain(label("noStageTeachers", lang));
      expect(formatStage(noTeacher, lang)).not.toContain(label("noStage", lang));
      const later = summaryFigures(summarise([], { asOf: "2031-05-31", present: [] }));
      expect(formatStage(later, lang)).toContain(`2030-2031: ${label("noStage", lang)}`);
    }
  });
});
