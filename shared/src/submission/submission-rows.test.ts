import { describe, expect, it } from "vitest";
import { pseudonymiseIin } from "../roster/iin.ts";
import { readRoster } from "../roster/roster.ts";
import { generateRoster } from "../../sample/roster.ts";
import { SubmissionRowSchema, SubmissionSchema } from "../api/schemas.ts";
import { summarise } from "../figures/summary.ts";
import { fromSubmissionRows, toSubmissionRows } from "./submission-rows.ts";
import type { TeacherRow } from "../types.ts";

const teacher: TeacherRow = {
  row: 7,
  fullName: "Кенжебаева Айгүл Серікқызы",
  organization: "ГККП «Ясли-сад № 5»",
  organizationKey: "гккп ясли-сад №5",
  education: "higher",
  category: "expert",
  iin: "791028302728",
  iinKey: null,
  position: "тәрбиеші",
  categoryDate: "2023-05-12",
  categoryDateYearOnly: false,
  experienceYears: 12,
  lastCourseDate: "2025-03-01",
  mentor: null,
  internship: true,
  eventParticipation: false,
  unreadable: ["mentor"],
};

describe("submission rows", () => {
  it("replace the ИИН by its pseudonymous key and carry nothing else personal", async () => {
    const [row] = await toSubmissionRows([teacher]);
    expect(row).toBeDefined();
    expect(row!.iinKey).toBe(await pseudonymiseIin("791028302728"));
    expect(JSON.stringify(row)).not.toContain("791028302728");
    expect(Object.keys(row!)).not.toContain("iin");
    expect(Object.keys(row!)).not.toContain("unreadable");
    expect(SubmissionRowSchema.parse(row)).toEqual(row);
  });

  it("send that a young specialist has a mentor, not the mentor's name", async () => {
    const young = { ...teacher, experienceYears: 1, mentor: "Ахметова Сәуле Қанатқызы", unreadable: [] };
    const [withMentor, without] = await toSubmissionRows([young, { ...young, row: 8, mentor: null }]);
    expect(withMentor!.mentor).toBe("✓");
    expect(without!.mentor).toBeNull();
    expect(JSON.stringify(withMentor)).not.toContain("Ахметова");
  });

  it("keep a row without an ИИН keyless", async () => {
    const [row] = await toSubmissionRows([{ ...teacher, iin: null }]);
    expect(row!.iinKey).toBeNull();
  });

  it("round-trip to teacher rows with the organisation key recomputed and no ИИН", async () => {
    const rows = await toSubmissionRows([teacher]);
    const [back] = fromSubmissionRows(rows);
    expect(back).toEqual({
      ...teacher,
      iin: null,
      iinKey: rows[0]!.iinKey,
      unreadable: [],
      organizationKey: back!.organizationKey,
    });
    expect(back!.organizationKey).toBe(
      fromSubmissionRows([{ ...rows[0]!, organization: "гккп ясли-сад №5" }])[0]!.organizationKey,
    );
  });

  it("let the server recompute exactly the figures the client saw", async () => {
    const asOf = "2026-05-31";
    for (const lang of ["kk", "ru"] as const) {
      const read = readRoster(generateRoster({ seed: 99, rows: 800, lang, messy: true, district: "kobda" }), {
        asOf,
      });
      const payload = SubmissionSchema.parse({
        district: "kobda",
        year: "2025-2026",
        asOf,
        columns: read.present,
        rows: await toSubmissionRows(read.teachers),
        source: { app: "cli" },
      });
      const json = JSON.stringify(payload);
      for (const t of read.teachers) expect(json.includes(t.iin!)).toBe(false);
      const opts = { asOf, year: payload.year, district: payload.district, present: payload.columns };
      expect(summarise(fromSubmissionRows(payload.rows), opts)).toEqual(summarise(read.teachers, opts));
    }
  });
});
