import {
  AttestationPageSchema,
  ReceiptSchema,
  ReportFiguresSchema,
  toWire,
  type AttestationEntry,
  type ReportFigures,
} from "@sapa/shared";
import { exports } from "cloudflare:workers";
import { hc } from "hono/client";
import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, sealed, seedTokens } from "../test/api.ts";
import { makeSubmission } from "../test/fixtures.ts";
import type { AppType } from "./index.ts";

beforeAll(seedTokens);

/** Hono's typed client over the exported AppType, talking to the worker's own fetch handler. */
const client = (token: string) =>
  hc<AppType>("https://sapa.test", {
    headers: { Authorization: `Bearer ${token}` },
    fetch: (input: RequestInfo | URL, init?: RequestInit) => exports.default.fetch(new Request(input, init)),
  });

describe("AppType with hono/client", () => {
  it("submits and pulls the report through typed calls", async () => {
    const body = await sealed(await makeSubmission("alga", 25, 21));
    const posted = await client(TOKENS.district("alga")).api.submissions.$post({ json: toWire(body) });
    expect(posted.status).toBe(201);
    const receipt = ReceiptSchema.parse(await posted.json());
    expect(receipt.summary.teachers).toBe(25);

    const report = await client(TOKENS.region).api.report.$get({ query: { year: "2025-2026" } });
    expect(report.status).toBe(200);
    // The reply is typed through AppType (c.json), and the shared schema agrees with it.
    const figures: ReportFigures = await report.json();
    expect(ReportFiguresSchema.parse(figures).region.teachers).toBe(25);

    const page = await client(TOKENS.district("alga")).api.report.attestation.$get({
      query: { year: "2025-2026", limit: "10" },
    });
    expect(page.status).toBe(200);
    const typed: { items: AttestationEntry[]; nextCursor: string | null } = await page.json();
    expect(AttestationPageSchema.parse(typed).items.length).toBeLessThanOrEqual(10);

    const health = await client("").api.health.$get();
    const ok: { ok: true; service: string } = await health.json();
    expect(ok.ok).toBe(true);
  });
});
