import { describe, expect, it } from "vitest";
import { CATEGORY_KEYS, EDUCATION_KEYS, FIELD_KEYS, type Lang } from "../types.ts";
import { formatCount } from "./count.ts";
import { formatBand, formatPp, formatShare, label, LABELS, type LabelKey } from "./labels.ts";

const LANGS: Lang[] = ["kk", "ru", "en"];

describe("labels", () => {
  it("have a non-empty text in every language, different between kk/ru and en", () => {
    for (const [key, text] of Object.entries(LABELS)) {
      for (const lang of LANGS) expect(text[lang].trim(), `${key}.${lang}`).not.toBe("");
      expect(text.kk, key).not.toBe(text.en);
    }
  });

  it("name every category, education level, field and stage", () => {
    const keys: LabelKey[] = [
      ...CATEGORY_KEYS.map((k) => `category.${k}` as const),
      ...EDUCATION_KEYS.map((k) => `education.${k}` as const),
      ...FIELD_KEYS.map((k) => `field.${k}` as const),
      "category.unknown",
      "education.unknown",
      "stage.1",
      "stage.2",
      "stage.3",
    ];
    for (const key of keys) for (const lang of LANGS) expect(label(key, lang), key).toMatch(/\S/);
    expect(label("category.expert", "kk")).toBe("Педагог-сарапшы");
    expect(label("category.expert", "ru")).toBe("Педагог-эксперт");
    expect(label("education.higher", "kk")).toBe("Жоғары");
    expect(label("stage.2", "kk")).toBe("2-кезең");
    expect(label("qualitativeShare", "kk")).toBe("Сапалық құрам");
    expect(label("field.iin", "ru")).toBe("ИИН");
  });

  it("format shares and gaps the way the plan writes them", () => {
    expect(formatShare(665 / 3677, "kk")).toBe("18,09%");
    expect(formatShare(665 / 3677, "en")).toBe("18.09%");
    expect(formatShare(0, "ru")).toBe("0,00%");
    expect(formatPp(2.5, "ru")).toBe("+2,50 п.п.");
    expect(formatPp(-0.004, "en")).toBe("0.00 pp");
    expect(formatPp(-1.25, "kk")).toBe("-1,25 п.т.");
    // A band as two shares: the English one keeps its decimal point (a band of 12.5% was "12,5" there).
    expect(formatBand({ min: 0.1, max: 0.15 }, "ru")).toBe("10,00%–15,00%");
    expect(formatBand({ min: 0.125, max: 0.2 }, "en")).toBe("12.50%–20.00%");
  });

  it("group counts the same way on every surface, in every language", () => {
    // Kazakh and Russian group with a no-break space (a line never breaks inside a number), English with a comma.
    expect(formatCount(3677, "kk")).toBe("3\u00a0677");
    expect(formatCount(3677, "ru")).toBe("3\u00a0677");
    expect(formatCount(3677, "en")).toBe("3,677");
    expect(formatCount(1234567, "ru")).toBe("1\u00a0234\u00a0567");
    // Under a thousand there is nothing to group.
    expect(formatCount(999, "kk")).toBe("999");
    expect(formatCount(0, "en")).toBe("0");
  });
});
