import { crossDistrictDuplicates } from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { formatDuplicates } from "./duplicates.ts";

const KEY = "c".repeat(64);

describe("formatDuplicates", () => {
  it("lists the person, then how each district was read, then what was not compared", () => {
    const result = crossDistrictDuplicates([
      {
        district: "shalkar",
        revision: 1,
        rows: [
          {
            ok: true,
            row: {
              row: 3,
              fullName: "Абаева Айгүл Ержанқызы",
              iinKey: KEY,
              organization: "№2",
              category: "moderator",
            },
          },
          {
            ok: true,
            row: { row: 4, fullName: "Нұрова Сая", iinKey: null, organization: "№2", category: null },
          },
        ],
      },
      {
        district: "alga",
        revision: 2,
        rows: [
          {
            ok: true,
            row: {
              row: 7,
              fullName: "Абаева Айгүл",
              iinKey: KEY,
              organization: "«Айгөлек»",
              category: "expert",
            },
          },
          { ok: false, row: 9, code: "tampered" },
          { ok: false, row: 12, code: "tampered" },
        ],
      },
    ]);
    const text = formatDuplicates(result, "2025-2026", "ru").split("\n");
    expect(text[0]).toBe("Один педагог в нескольких районах · 2025-2026");
    expect(text).toContain("Педагогов в списках нескольких районов: 1.");
    const alga = text.findIndex((l) => l.startsWith("Абаева Айгүл "));
    expect(text[alga]).toMatch(/^Абаева Айгүл\s+1\s+Алгинский район\s+«Айгөлек»\s+Педагог-эксперт\s+7\s+2$/);
    expect(text[alga + 1]).toMatch(/^Абаева Айгүл Ержанқызы\s+1\s+Шалкарский район/);
    expect(text.find((l) => l.startsWith("Алгинский район"))).toMatch(/\s2\s+3\s+1\s+0\s+2\s+9, 12$/);
    expect(text.slice(-2)).toEqual([
      "Строк без ИИН, которые нельзя сравнить: 1.",
      "Внимание: строк, которые не открылись (возможно, изменены) и не сравнивались: 2. Попросите эти районы отправить список заново.",
    ]);
  });

  it("says there is nothing to compare when no district has submitted", () => {
    expect(formatDuplicates(crossDistrictDuplicates([]), "2026-2027", "kk")).toContain(
      "2026-2027 оқу жылына бірде-бір аудан тізім жібермеген",
    );
  });
});
