// The largest roster the schemas accept must fit the body limit once sealed (issue 20, item 6): a body is
// judged inflated, and sealing makes each row about 650 bytes of JSON, so MAX_SUBMISSION_ROWS is measured
// against DEFAULT_MAX_BODY_BYTES here, on real sealed rows in both languages.
import { MAX_SUBMISSION_ROWS } from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { sealed } from "../test/api.ts";
import { makeSubmission } from "../test/fixtures.ts";
import { DEFAULT_MAX_BODY_BYTES } from "./env.ts";

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

describe("the largest accepted roster", () => {
  it("fits the default body limit when every row is as long as the longest of 1,000 real sealed rows", async () => {
    let longest = 0;
    let total = 0;
    let rows = 0;
    let envelope = 0;
    for (const [district, seed] of [
      ["aktobe", 2],
      ["temir", 3],
    ] as const) {
      const body = await sealed(await makeSubmission(district, 500, seed));
      for (const row of body.rows) {
        const size = bytes(row) + 1; // and its comma
        longest = Math.max(longest, size);
        total += size;
        rows++;
      }
      envelope = Math.max(envelope, bytes({ ...body, rows: [] }));
    }
    // What the documents say: a sealed row is about 650 bytes, the longest about 725.
    expect(total / rows).toBeGreaterThan(550);
    expect(total / rows).toBeLessThan(750);
    expect(MAX_SUBMISSION_ROWS * longest + envelope).toBeLessThan(DEFAULT_MAX_BODY_BYTES);
    // And the constant is not set far below what fits: at least 70% of the limit at the mean row size.
    expect(MAX_SUBMISSION_ROWS * (total / rows)).toBeGreaterThan(0.7 * DEFAULT_MAX_BODY_BYTES);
  });
});
