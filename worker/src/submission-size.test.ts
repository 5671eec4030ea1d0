// The largest roster the schemas accept must fit the body limit once sealed (issue 20, item 6): a body is
// judged inflated, and a sealed row as the pane and the CLI send it (an array of values, toWire) is about
// 400 bytes of JSON, so MAX_SUBMISSION_ROWS is measured against DEFAULT_MAX_BODY_BYTES here, on real sealed
// rows in both languages, in the form the server accepts.
import { MAX_SUBMISSION_ROWS, toWire } from "@sapa/shared";
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
      const body = toWire(await sealed(await makeSubmission(district, 500, seed)));
      for (const row of body.rows) {
        const size = bytes(row) + 1; // and its comma
        longest = Math.max(longest, size);
        total += size;
        rows++;
      }
      envelope = Math.max(envelope, bytes({ ...body, rows: [] }));
    }
    // What README and DEPLOY say: a sealed row is about 400 bytes, the longest about 465, so the largest
    // roster accepted is at most about 10 MB.
    expect(total / rows).toBeGreaterThan(350);
    expect(total / rows).toBeLessThan(450);
    expect(longest).toBeLessThan(520);
    expect(MAX_SUBMISSION_ROWS * longest + envelope).toBeLessThan(10.5e6);
    expect(MAX_SUBMISSION_ROWS * longest + envelope).toBeLessThan(DEFAULT_MAX_BODY_BYTES);
  });
});
