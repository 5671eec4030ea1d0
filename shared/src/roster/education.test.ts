import { describe, expect, it } from "vitest";
import { educationName, normaliseEducation } from "./education.ts";

describe("normaliseEducation", () => {
  const cases: Record<string, string[]> = {
    higher: [
      "жоғары",
      "Жоғары",
      "ЖОҒАРЫ",
      "жогары",
      "жоғары педагогикалық",
      "высшее",
      "Высшее педагогическое",
      "магистр",
      "Магистратура",
      "бакалавр",
      "высшее специальное",
    ],
    vocational: [
      "арнаулы орта",
      "Орта арнаулы",
      "орта-арнаулы",
      "техникалық және кәсіптік",
      "Техникалық және кәсіптік білім",
      "колледж",
      "средне-специальное",
      "Среднее специальное",
      "среднее  профессиональное",
      "ТиПО",
      "ТИПО",
      "орта кәсіптік",
    ],
    secondary: ["орта", "Среднее", "общее среднее", "жалпы орта"],
  };
  for (const [key, spellings] of Object.entries(cases)) {
    it(`reads ${key}`, () => {
      for (const s of spellings) expect(normaliseEducation(s), s).toBe(key);
    });
  }
  it("does not guess, and does not count an unfinished degree as one", () => {
    for (const s of [
      "",
      "да",
      "неоконченное высшее",
      "незаконченное высшее",
      "аяқталмаған жоғары",
      "начальное",
      "5",
    ]) {
      expect(normaliseEducation(s), s).toBeNull();
    }
  });
  it("names the levels in three languages", () => {
    expect(educationName("higher", "kk")).toBe("Жоғары");
    expect(educationName("vocational", "ru")).toBe("Техническое и профессиональное (среднее специальное)");
    expect(educationName("secondary", "en")).toBe("General secondary");
  });
});
