import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call } from "../test/api.ts";
import { PANE_CSP } from "./security-headers.ts";

/** The headers every /api/* answer carries, whatever its status. */
function expectApiHeaders(res: Response) {
  expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
  expect(res.headers.get("Cache-Control")).toBe("no-store");
  expect(res.headers.get("Referrer-Policy")).toBe("no-referrer");
  expect(res.headers.get("X-Frame-Options")).toBe("DENY");
  expect(res.headers.get("Content-Security-Policy")).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(res.headers.get("Access-Control-Allow-Origin")).toBeNull();
}

describe("security headers of the API", () => {
  it("are on successes, refusals, errors and unknown paths alike", async () => {
    const answers = [
      await call("/api/health"),
      await call("/api/districts"),
      await call("/api/report?year=2025-2026"), // 401
      await call("/api/report?year=2025-2026", { token: "made-up" }), // 401
      await call("/api/nothing-here"), // 404
      await call("/api/submissions", { raw: "{not json" }), // 401
      await call("/api/submissions", {
        method: "POST",
        headers: { "Content-Length": String(64 * 1024 * 1024) },
      }), // 413
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 401, 401, 404, 401, 413]);
    for (const res of answers) {
      expectApiHeaders(res);
      await res.arrayBuffer();
    }
  });

  it("grant no foreign origin, not even on a preflight", async () => {
    const origin = { Origin: "https://evil.example" };
    const get = await call("/api/health", { headers: origin });
    const preflight = await call("/api/submissions", {
      method: "OPTIONS",
      headers: { ...origin, "Access-Control-Request-Method": "POST" },
    });
    for (const res of [get, preflight]) {
      expect(res.headers.get("Access-Control-Allow-Origin")).toBeNull();
      expect(res.headers.get("Access-Control-Allow-Headers")).toBeNull();
      await res.arrayBuffer();
    }
  });
});

describe("the task pane's HTML", () => {
  it("gets a CSP that allows its own bundle and office.js from Microsoft's CDN, and nothing more", async () => {
    const res = await call("/taskpane.html");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root">');
    const csp = res.headers.get("Content-Security-Policy")!;
    expect(csp).toBe(PANE_CSP);
    const directives = Object.fromEntries(
      csp.split(/;\s*/).map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives["default-src"]).toEqual(["'self'"]);
    expect(directives["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(directives["connect-src"]).toEqual(["'self'"]);
    expect(directives["object-src"]).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|\*|http:/);
    // Excel on the web frames the pane: no frame-ancestors, no X-Frame-Options.
    expect(directives["frame-ancestors"]).toBeUndefined();
    expect(res.headers.get("X-Frame-Options")).toBeNull();
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });

  it("serves Sapa on the web at /app/ with the same CSP, and sends /app there", async () => {
    const res = await call("/app/");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<title>Sapa (web)</title>");
    expect(res.headers.get("Content-Security-Policy")).toBe(PANE_CSP);
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    // Not followed: the redirect itself is what the browser gets.
    const bare = await exports.default.fetch(new Request("https://sapa.test/app", { redirect: "manual" }));
    expect(bare.status).toBe(301);
    expect(new URL(bare.headers.get("Location")!, "https://sapa.test").pathname).toBe("/app/");
    await bare.arrayBuffer();
  });

  it("leaves a page the assets do not have a 404", async () => {
    const res = await call("/nothing.html");
    expect(res.status).toBe(404);
    expect(res.headers.get("Content-Security-Policy")).toBeNull();
    await res.arrayBuffer();
  });
});
