import { describe, expect, it } from "vitest";
import {
  AuditListSchema,
  ErrorEnvelopeSchema,
  MAX_SUBMISSION_ROWS,
  ReceiptSchema,
  ReportFiguresSchema,
  StageTargetsSchema,
  SubmissionRowSchema,
  SubmissionSchema,
  SummarySchema,
  TokenCreateSchema,
  YearWindowSchema,
  type SubmissionRow,
} from "./schemas.ts";
import { summarise } from "../figures/summary.ts";
import { summaryFigures } from "../figures/merge.ts";
import { PLAN_STAGE_TARGETS, isYearOpen, openYears } from "../plan/targets.ts";

const row: SubmissionRow = {
  row: 5,
  fullName: "Жұмабаева Әсем Нұрланқызы",
  organization: "№12 «Балапан» бөбекжай-балабақшасы",
  education: "vocational",
  category: "moderator",
  iinKey: "a".repeat(64),
  position: "тәрбиеші",
  categoryDate: "2024-02-29",
  categoryDateYearOnly: false,
  experienceYears: 6,
  lastCourseDate: null,
  mentor: null,
  internship: "2025-04-10",
  eventParticipation: true,
};

const submission = {
  district: "alga",
  year: "2025-2026",
  asOf: "2025-11-20",
  columns: ["fullName", "organization", "education", "category"],
  rows: [row],
  source: { app: "cli", file: "alga.xlsx", sheet: "Тізім", version: "0.1.0" },
};

describe("SubmissionRowSchema", () => {
  it("accepts a row and trims its text", () => {
    expect(SubmissionRowSchema.parse(row)).toEqual(row);
    expect(SubmissionRowSchema.parse({ ...row, fullName: "  Бекова Сәуле  " }).fullName).toBe("Бекова Сәуле");
  });

  it("has no field for an ИИН and refuses one anywhere", () => {
    expect(SubmissionRowSchema.safeParse({ ...row, iin: "791028302728" }).success).toBe(false);
    expect(SubmissionRowSchema.safeParse({ ...row, iinKey: "791028302728" }).success).toBe(false);
    expect(SubmissionRowSchema.safeParse({ ...row, fullName: "Бекова Сәуле 791028302728" }).success).toBe(
      false,
    );
    expect(SubmissionRowSchema.safeParse({ ...row, mentor: "7910 2830 2728" }).success).toBe(false);
    expect(SubmissionRowSchema.safeParse({ ...row, fullName: "Бекова 880101.300.125" }).success).toBe(false);
    expect(SubmissionRowSchema.safeParse({ ...row, position: "ЖСН 61211600012" }).success).toBe(false);
  });

  it("refuses a lone UTF-16 surrogate in any text, keeps a real pair", () => {
    expect(SubmissionRowSchema.safeParse({ ...row, fullName: "Бекова \ud800" }).success).toBe(false);
    expect(SubmissionRowSchema.safeParse({ ...row, organization: "\udc00 Балапан" }).success).toBe(false);
    expect(SubmissionRowSchema.parse({ ...row, mentor: "Бекова 🌷" }).mentor).toBe("Бекова 🌷");
  });

  it("refuses impossible dates, unknown keys, uppercase keys and overlong text", () => {
    expect(SubmissionRowSchema.safeParse({ ...row, categoryDate: "2023-02-29" }).success).toBe(false);
    expect(SubmissionRowSchema.safeParse({ ...row, lastCourseDate: "31.01.2024" }).success).toBe(false);
    expect(SubmissionRowSchema.safeParse({ ...row, internship: "2025-13-01" }).success).toBe(false);
    expect(SubmissionRowSchema.safeParse({ ...row, category: "высшая" }).success).toBe(false);
    expect(SubmissionRowSchema.safeParse({ ...row, iinKey: "A".repeat(64) }).success).toBe(false);
    expect(SubmissionRowSchema.safeParse({ ...row, fullName: "а".repeat(501) }).success).toBe(false);
    expect(SubmissionRowSchema.safeParse({ ...row, row: 0 }).success).toBe(false);
    expect(SubmissionRowSchema.safeParse({ ...row, experienceYears: Number.NaN }).success).toBe(false);
    expect(SubmissionRowSchema.safeParse({ ...row, experienceYears: 1e6 }).success).toBe(false);
    // Implausible but possible sheet values are the validator's business (a warning), not a 400.
    expect(SubmissionRowSchema.safeParse({ ...row, experienceYears: 95 }).success).toBe(true);
  });
});

describe("SubmissionSchema", () => {
  it("accepts a district's submission", () => {
    expect(SubmissionSchema.parse(submission)).toEqual(submission);
    const { source: _source, ...withoutSource } = submission;
    expect(SubmissionSchema.safeParse(withoutSource).success).toBe(true);
  });

  it("refuses unknown fields, unknown districts and malformed years", () => {
    expect(SubmissionSchema.safeParse({ ...submission, extra: 1 }).success).toBe(false);
    expect(SubmissionSchema.safeParse({ ...submission, district: "almaty" }).success).toBe(false);
    expect(SubmissionSchema.safeParse({ ...submission, year: "2025-2027" }).success).toBe(false);
    expect(SubmissionSchema.safeParse({ ...submission, source: { app: "excel" } }).success).toBe(false);
    expect(SubmissionSchema.safeParse({ ...submission, columns: ["salary"] }).success).toBe(false);
  });

  it("guards the source's file, sheet and version like any other free text", () => {
    const withSource = (source: object) => ({ ...submission, source: { app: "cli", ...source } });
    expect(SubmissionSchema.safeParse(withSource({ file: "Алға 880101.300.125.xlsx" })).success).toBe(false);
    expect(SubmissionSchema.safeParse(withSource({ sheet: "7910 2830 2728" })).success).toBe(false);
    expect(SubmissionSchema.safeParse(withSource({ version: "791028302728" })).success).toBe(false);
    expect(SubmissionSchema.safeParse(withSource({ sheet: "Тізім \ud83c" })).success).toBe(false);
    expect(SubmissionSchema.safeParse(withSource({ file: "Алға-2026.xlsx", sheet: "Тізім" })).success).toBe(
      true,
    );
  });

  it(`caps a submission at ${MAX_SUBMISSION_ROWS} rows`, () => {
    const rows = Array.from({ length: MAX_SUBMISSION_ROWS + 1 }, (_, i) => ({ ...row, row: i + 2 }));
    const result = SubmissionSchema.safeParse({ ...submission, rows });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(["rows"]);
    expect(SubmissionSchema.safeParse({ ...submission, rows: rows.slice(1) }).success).toBe(true);
  });
});

describe("summary, receipt and report schemas", () => {
  const summary = summarise([], { asOf: "2025-11-20", present: [] });

  it("accept what summarise produces and refuse extra fields", () => {
    expect(SummarySchema.parse(summary)).toEqual(summary);
    expect(SummarySchema.safeParse({ ...summary, teachersTotal: 1 }).success).toBe(false);
    expect(SummarySchema.safeParse({ ...summary, qualitativeShare: 18.09 }).success).toBe(false);
  });

  it("accept a receipt and a report", () => {
    const receipt = {
      id: "r1",
      district: "alga",
      year: "2025-2026",
      revision: 1,
      receivedAt: "2025-11-20T10:00:00Z",
      summary: summaryFigures(summary),
    };
    expect(ReceiptSchema.parse(receipt)).toEqual(receipt);
    // A receipt carries the figures only: the lists are the report's pages.
    expect(ReceiptSchema.safeParse({ ...receipt, summary }).success).toBe(false);
    const report = {
      year: "2025-2026",
      generatedAt: "2025-11-20T10:00:00Z",
      region: summaryFigures(summary),
      districts: [
        {
          district: "alga",
          name: { kk: "Алға ауданы", ru: "Алгинский район", en: "Alga district" },
          revision: 2,
          submittedAt: "2025-11-20T09:00:00Z",
          summary: summaryFigures(summary),
        },
      ],
      completeness: { expected: 13, submitted: 1, accepted: 0, missing: ["aktobe"] },
    };
    expect(ReportFiguresSchema.parse(report)).toEqual(report);
    expect(ReportFiguresSchema.safeParse({ ...report, completeness: { expected: 13 } }).success).toBe(false);
    // Aggregates only: a list inline is refused.
    expect(ReportFiguresSchema.safeParse({ ...report, attestationDue: [] }).success).toBe(false);
  });

  it("accept the error envelope", () => {
    expect(
      ErrorEnvelopeSchema.safeParse({ error: { code: "bad-input", message: "…", details: [1] } }).success,
    ).toBe(true);
    expect(ErrorEnvelopeSchema.safeParse({ error: { message: "…" } }).success).toBe(false);
  });
});

describe("StageTargetsSchema and TokenCreateSchema", () => {
  it("accept the plan's stages and refuse percentages or an inverted band", () => {
    for (const stage of PLAN_STAGE_TARGETS) expect(StageTargetsSchema.parse(stage)).toEqual(stage);
    const first = PLAN_STAGE_TARGETS[0]!;
    expect(StageTargetsSchema.safeParse({ ...first, targets: { ...first.targets, expert: 5 } }).success).toBe(
      false,
    );
    expect(StageTargetsSchema.safeParse({ ...first, band: { min: 0.2, max: 0.1 } }).success).toBe(false);
    expect(StageTargetsSchema.safeParse({ ...first, stage: 4 }).success).toBe(false);
  });

  it("tie a district token to a district and a region token to none", () => {
    expect(
      TokenCreateSchema.safeParse({ role: "district", district: "alga", label: "Алға АББ" }).success,
    ).toBe(true);
    expect(TokenCreateSchema.safeParse({ role: "region" }).success).toBe(true);
    expect(TokenCreateSchema.safeParse({ role: "district" }).success).toBe(false);
    expect(TokenCreateSchema.safeParse({ role: "region", district: "alga" }).success).toBe(false);
    expect(TokenCreateSchema.safeParse({ role: "admin" }).success).toBe(false);
  });

  it("refuse a token label that is not well-formed text or carries an ИИН", () => {
    expect(TokenCreateSchema.safeParse({ role: "region", label: "Облыс \udfff" }).success).toBe(false);
    expect(TokenCreateSchema.safeParse({ role: "region", label: "791028302728" }).success).toBe(false);
    expect(TokenCreateSchema.parse({ role: "region", label: " Облыс 🌷 " }).label).toBe("Облыс 🌷");
  });
});

describe("YearWindowSchema and isYearOpen", () => {
  it("accept an ordered window of at most 30 years", () => {
    expect(YearWindowSchema.parse({ from: "2024-2025", to: "2029-2030" })).toEqual({
      from: "2024-2025",
      to: "2029-2030",
    });
    expect(YearWindowSchema.safeParse({ from: "2029-2030", to: "2024-2025" }).success).toBe(false);
    expect(YearWindowSchema.safeParse({ from: "2025-2026", to: "2103-2104" }).success).toBe(false);
    expect(YearWindowSchema.safeParse({ from: "2025-2026", to: "2025-2027" }).success).toBe(false);
  });

  it("keep the plan's years open and add the region's window", () => {
    expect(["2025-2026", "2026-2027", "2027-2028"].every((y) => isYearOpen(y))).toBe(true);
    expect(isYearOpen("2024-2025")).toBe(false);
    expect(isYearOpen("2103-2104")).toBe(false);
    const window = { from: "2028-2029", to: "2029-2030" };
    expect(isYearOpen("2029-2030", window)).toBe(true);
    expect(isYearOpen("2026-2027", window)).toBe(true);
    expect(isYearOpen("2030-2031", window)).toBe(false);
    expect(openYears(window)).toEqual(["2025-2026", "2026-2027", "2027-2028", "2028-2029", "2029-2030"]);
  });
});

describe("AuditListSchema", () => {
  const entry = {
    id: 7,
    at: "2026-12-07T18:30:00.000Z",
    tokenId: "dev-region",
    action: "review.return",
    district: "temir",
    year: "2025-2026",
    detail: { from: "submitted", to: "returned", comment: "Категории в д/с №3", revision: 1 },
  };

  it("takes the server's entries, an action or district it does not know among them", () => {
    const newer = {
      ...entry,
      id: 8,
      action: "report.export",
      district: "somewhere",
      tokenId: null,
      detail: null,
    };
    expect(AuditListSchema.parse({ entries: [newer, entry] }).entries.map((e) => e.action)).toEqual([
      "report.export",
      "review.return",
    ]);
  });

  it("refuses an entry missing a field or carrying one it does not know", () => {
    const { year: _year, ...noYear } = entry;
    expect(AuditListSchema.safeParse({ entries: [noYear] }).success).toBe(false);
    expect(AuditListSchema.safeParse({ entries: [{ ...entry, secret: "x" }] }).success).toBe(false);
    expect(AuditListSchema.safeParse({ entries: [{ ...entry, id: "7" }] }).success).toBe(false);
  });
});
