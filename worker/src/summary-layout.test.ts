import { fromSubmissionRows, summarise, type Summary } from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { AS_OF, YEAR, makeSubmission } from "../test/fixtures.ts";
import { serialiseSummary, summaryPieces } from "./summary-layout.ts";

async function summaryOf(rows: number, seed: number): Promise<Summary> {
  const body = await makeSubmission("temir", rows, seed);
  return summarise(fromSubmissionRows(body.rows), {
    asOf: AS_OF,
    year: YEAR,
    district: "temir",
    present: body.columns,
  });
}

describe("serialiseSummary", () => {
  it("writes exactly JSON.stringify(summary) and finds its lists and expiry runs", async () => {
    const s = await summaryOf(400, 71);
    expect(s.attestationDue.length).toBeGreaterThan(5);
    const { json, layout } = serialiseSummary(s);
    expect(json).toBe(JSON.stringify(s));
    expect(layout).not.toBeNull();
    expect(JSON.parse(`[${json.slice(layout!.orgs[0], layout!.orgs[1])}]`)).toEqual(s.byOrganization);
    const runs = layout!.due.map(([expires, start, end]) => ({
      expires,
      entries: JSON.parse(`[${json.slice(start, end)}]`) as Summary["attestationDue"],
    }));
    expect(runs.flatMap((r) => r.entries)).toEqual(s.attestationDue);
    for (const r of runs) expect(r.entries.every((e) => e.expires === r.expires)).toBe(true);
    // One run per expiry date: the list is sorted by expiry first.
    expect(new Set(runs.map((r) => r.expires)).size).toBe(runs.length);
  });

  it("handles empty lists and refuses a layout when the key order is unexpected", async () => {
    const s = await summaryOf(0, 1);
    const { json, layout } = serialiseSummary(s);
    expect(json).toBe(JSON.stringify(s));
    expect(layout!.due).toEqual([]);
    expect(layout!.orgs[0]).toBe(layout!.orgs[1]);
    const { byOrganization, ...rest } = s;
    const reordered = { byOrganization, ...rest } as Summary;
    expect(serialiseSummary(reordered)).toEqual({ json: JSON.stringify(reordered), layout: null });
  });
});

describe("summaryPieces", () => {
  it("gives the same pieces from the stored layout and from a summary stored without one", async () => {
    const s = await summaryOf(300, 5);
    const { json, layout } = serialiseSummary(s);
    const fast = summaryPieces(json, JSON.stringify(layout));
    expect(summaryPieces(json, null)).toEqual(fast);
    expect(fast.head).toEqual({ ...s, attestationDue: [], byOrganization: [] });
    expect(JSON.parse(`[${fast.orgsJson}]`)).toEqual(s.byOrganization);
    expect(JSON.parse(`[${fast.due.map((r) => r.json).join(",")}]`)).toEqual(s.attestationDue);
  });
});
