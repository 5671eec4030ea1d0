import { describe, expect, it } from "vitest";
import { pseudonymiseIin } from "./iin.ts";
import { SubmissionRowSchema } from "./schemas.ts";
import { fromSubmissionRows, toSubmissionRows } from "./submission-rows.ts";
import type { TeacherRow } from "./types.ts";

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
});
