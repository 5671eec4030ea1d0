import { describe, expect, it } from "vitest";
import { call, json } from "../../test/api.ts";

describe("GET /api/health", () => {
  it("answers without a token", async () => {
    const res = await call("/api/health");
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ ok: true, service: "sapa" });
  });
});
