// jsonBody compiles each body schema (z.compile) where routes are declared: the worker's global scope,
// the one place workerd lets code be generated. Compiled here at this module's top level the same way
// (`strict`: a refusal fails the file instead of falling back unseen), then held to the interpreter: the
// same value for a valid submission, the same issues for every malformed one.
import { SEALED_ROW_FIELDS, WireSubmissionSchema, toWire, type WireSubmission } from "@sapa/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { sealed } from "../test/api.ts";
import { makeSubmission } from "../test/fixtures.ts";
import app from "./index.ts";
import { uncompiledBodySchemas } from "./validate.ts";

const compiled = z.compile(WireSubmissionSchema, { strict: true });

/** A sealed submission as the route receives it: rows as arrays of values. */
let body: WireSubmission;
beforeAll(async () => {
  body = toWire(await sealed(await makeSubmission("khromtau", 400, 21)));
});

/**
 * The body with row `index` changed by `change`, which sees the row by field name (a deep copy: the original
 * stays valid). A field `change` adds goes after the row's values; one it deletes leaves its place empty.
 */
function withRow(index: number, change: (row: Record<string, unknown>) => void): unknown {
  const copy = structuredClone(body) as unknown as { rows: unknown[][] };
  const values = copy.rows[index]!;
  const row: Record<string, unknown> = Object.fromEntries(SEALED_ROW_FIELDS.map((f, i) => [f, values[i]]));
  change(row);
  const known = new Set<string>(SEALED_ROW_FIELDS);
  copy.rows[index] = [
    ...SEALED_ROW_FIELDS.map((f) => row[f]),
    ...Object.keys(row)
      .filter((k) => !known.has(k))
      .map((k) => row[k]),
  ];
  return copy;
}

const issuesOf = (result: z.ZodSafeParseResult<unknown>) =>
  result.success ? [] : result.error.issues.map((i) => ({ path: i.path, code: i.code, message: i.message }));

describe("a body schema compiled in the worker's global scope", () => {
  it("is compiled, not handed back as it was", () => {
    expect(compiled).not.toBe(WireSubmissionSchema);
  });

  it("is how every route's body schema is declared: none is left to the interpreter", () => {
    expect(app.routes.length).toBeGreaterThan(20);
    expect(uncompiledBodySchemas).toEqual([]);
  });

  it("reads a sealed 400-row submission to the same value as the interpreter, text trimmed", () => {
    const padded = withRow(7, (row) => {
      row.organization = `  ${String(row.organization)}\u00a0`;
      row.position = " тәрбиеші ";
    });
    const fast = compiled.safeParse(padded);
    const slow = WireSubmissionSchema.safeParse(padded);
    expect(fast.success).toBe(true);
    expect(fast.data).toEqual(slow.data);
    expect(fast.data!.rows).toHaveLength(400);
    expect(fast.data!.rows[7]![1]).toBe(body.rows[7]![1].trim());
    expect(fast.data!.rows[7]![4]).toBe("тәрбиеші");
  });

  const malformed: [string, (row: Record<string, unknown>) => void][] = [
    ["row number 0", (r) => (r.row = 0)],
    ["a category that is not one", (r) => (r.category = "supreme")],
    ["30 February", (r) => (r.lastCourseDate = "2024-02-30")],
    ["a date in another format", (r) => (r.categoryDate = "01.09.2024")],
    ["an identity too short to be sealed", (r) => (r.identity = "abc")],
    ["an upper-case duplicate tag", (r) => (r.iinTag = "E02761E53D06EB7B06BE1778A2C6754F")],
    ["a field the schema does not know", (r) => (r.fullName = "Әлия Сейтқали")],
    ["an ИИН in an organisation's name", (r) => (r.organization = "№5 бөбекжай 900101300123")],
    ["a lone surrogate", (r) => (r.position = "тәрбиеші \ud800")],
    ["experience of 5,000 years", (r) => (r.experienceYears = 5000)],
    ["internship as a word", (r) => (r.internship = "yes")],
    ["a missing field", (r) => delete r.education],
  ];

  it.each(malformed)("refuses %s with the interpreter's issues", (_, change) => {
    const bad = withRow(123, change);
    const fast = compiled.safeParse(bad);
    const slow = WireSubmissionSchema.safeParse(bad);
    expect(slow.success).toBe(false);
    expect(fast.success).toBe(false);
    expect(issuesOf(fast)).toEqual(issuesOf(slow));
    expect(issuesOf(fast)[0]!.path.slice(0, 2)).toEqual(["rows", 123]);
  });
});
