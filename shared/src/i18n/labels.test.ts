import { describe, expect, it } from "vitest";
import { CATEGORY_KEYS, EDUCATION_KEYS, FIELD_KEYS, type Lang } from "../types.ts";
import { formatPp, formatShare, label, LABELS, type LabelKey } from "./labels.ts";

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
  });
});
