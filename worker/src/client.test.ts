import { ReceiptSchema, ReportSchema } from "@sapa/shared";
import { exports } from "cloudflare:workers";
import { hc } from "hono/client";
import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, seedTokens } from "../test/api.ts";
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
    const body = await makeSubmission("alga", 25, 21);
    const posted = await client(TOKENS.district("alga")).api.submissions.$post({ json: body });
    expect(posted.status).toBe(201);
    const receipt = ReceiptSchema.parse(await posted.json());
    expect(receipt.summary.teachers).toBe(25);

    const report = await client(TOKENS.region).api.report.$get({ query: { year: "2025-2026" } });
    expect(report.status).toBe(200);
    expect(ReportSchema.parse(await report.json()).region.teachers).toBe(25);

    const health = await client("").api.health.$get();
    const ok: { ok: true; service: string } = await health.json();
    expect(ok.ok).toBe(true);
  });
});
