import { describe, expect, it } from "vitest";
import {
  CATEGORIES,
  categoryExpiry,
  categoryName,
  isAttestationOverdue,
  isLegacyCategory,
  isQualitative,
  normaliseCategory,
} from "./categories.ts";
import { CATEGORY_KEYS } from "../types.ts";

describe("normaliseCategory", () => {
  const cases: Record<string, string[]> = {
    none: ["санатсыз", "Санаты жоқ", "САНАТЫ ЖОК", "без категории", "Без  категории", "жоқ", "нет", "б/к"],
    trainee: [
      "педагог-тағылымдамашы",
      "Тағылымдамашы",
      "педагог-стажер",
      "Педагог-стажёр",
      "стажёр",
      "педагог стажер",
    ],
    pedagog: ["педагог", "Педагог", " ПЕДАГОГ "],
    moderator: [
      "педагог-модератор",
      "Педагог – модератор",
      "педагог—модератор",
      "педагог - модератор",
      "модератор",
      "Педагог модератор",
      "пед. модератор",
      "педагог-модератор.",
    ],
    expert: ["педагог-сарапшы", "Сарапшы", "педагог-эксперт", "эксперт", "ПЕДАГОГ-ЭКСПЕРТ"],
    researcher: ["педагог-зерттеуші", "зерттеуші", "зерттеуши", "педагог-исследователь", "Исследователь"],
    master: ["педагог-шебер", "шебер", "педагог-мастер", "Мастер"],
    "legacy-higher": ["жоғары санат", "Жоғары", "высшая категория", "Высшая", "жогары санат"],
    "legacy-first": ["бірінші санат", "первая категория", "Первая", "1 категория", "I категория", "1 санат"],
    "legacy-second": [
      "екінші санат",
      "вторая категория",
      "Вторая",
      "2 категория",
      "II категория",
      "екинши санат",
    ],
  };
  for (const [key, spellings] of Object.entries(cases)) {
    it(`reads ${key}`, () => {
      for (const s of spellings) expect(normaliseCategory(s), s).toBe(key);
    });
  }

  it("ignores a remark in brackets", () => {
    expect(normaliseCategory("педагог-модератор (2022)")).toBe("moderator");
    expect(normaliseCategory("Эксперт (растау)")).toBe("expert");
    expect(normaliseCategory("(модератор)")).toBe("moderator");
    expect(normaliseCategory("(2022)")).toBeNull();
  });

  it("reads Latin look-alike letters pasted into a Cyrillic word", () => {
    // "о" and "р" below are Latin
    expect(normaliseCategory("педагог-мoдеpатор")).toBe("moderator");
  });

  it("does not guess", () => {
    for (const s of [
      "",
      "  ",
      "модер",
      "эксперт?",
      "педагог-модератор-эксперт",
      "высшее",
      "категория",
      "2021",
      "-",
    ]) {
      expect(normaliseCategory(s), s).toBeNull();
    }
  });
});

describe("category data", () => {
  it("covers every key in order with names in three languages", () => {
    expect(CATEGORIES.map((c) => c.key)).toEqual([...CATEGORY_KEYS]);
    expect(categoryName("expert", "kk")).toBe("Педагог-сарапшы");
    expect(categoryName("expert", "ru")).toBe("Педагог-эксперт");
    expect(categoryName("legacy-first", "ru")).toBe("Первая категория");
  });
  it("marks exactly expert, researcher and master as qualitative, and the three old ones as legacy", () => {
    expect(CATEGORY_KEYS.filter(isQualitative)).toEqual(["expert", "researcher", "master"]);
    expect(CATEGORY_KEYS.filter(isLegacyCategory)).toEqual([
      "legacy-higher",
      "legacy-first",
      "legacy-second",
    ]);
  });
});

describe("attestation", () => {
  it("expires five years after the award date", () => {
    expect(categoryExpiry("2020-03-01")).toBe("2025-03-01");
    expect(categoryExpiry("2020-02-29")).toBe("2025-02-28");
  });
  it("is overdue from the day after expiry", () => {
    expect(isAttestationOverdue("expert", "2020-03-01", "2025-02-28")).toBe(false);
    expect(isAttestationOverdue("expert", "2020-03-01", "2025-03-01")).toBe(false);
    expect(isAttestationOverdue("expert", "2020-03-01", "2025-03-02")).toBe(true);
  });
  it("never applies to teachers without a category or trainees", () => {
    expect(isAttestationOverdue("none", "2010-01-01", "2025-10-01")).toBe(false);
    expect(isAttestationOverdue("trainee", "2010-01-01", "2025-10-01")).toBe(false);
    expect(isAttestationOverdue("legacy-higher", "2010-01-01", "2025-10-01")).toBe(true);
  });
});
