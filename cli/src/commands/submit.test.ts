import { summarise, summaryFigures } from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { teacherRow } from "@sapa/shared/testing/teacher-row";
import { formatReceipt } from "./submit.ts";

describe("formatReceipt", () => {
  it("gives the receipt's time in Aktobe time and its words as the summary sheet does", () => {
    const present = ["fullName", "organization", "education", "category"] as const;
    const summary = summaryFigures(
      summarise(
        Array.from({ length: 10 }, (_, i) =>
          teacherRow({ row: i + 2, organization: "Айгөлек", category: i < 3 ? "expert" : "pedagog" }),
        ),
        {
          asOf: "2026-05-31",
          year: "2025-2026",
          district: "alga",
          present,
        },
      ),
    );
    const text = formatReceipt(
      {
        id: "r-42",
        district: "alga",
        year: "2025-2026",
        revision: 3,
        receivedAt: "2026-11-22T03:57:45Z",
        summary,
      },
      "ru",
    );
    const lines = text.split("\n");
    // 03:57 UTC is 08:57 in Aktobe; the labels are the summary sheet's (label("submittedAt"), label("receiptId")).
    expect(lines.slice(0, 6)).toEqual([
      "Список принят",
      "  Район / город: Алгинский район",
      "  Учебный год: 2025-2026",
      "  Версия: 3",
      "  Дата и время отправки: 22.11.2026 08:57",
      "  Номер квитанции: r-42",
    ]);
    expect(text).toContain("30,00%");
  });
});
