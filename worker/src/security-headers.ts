import { createMiddleware } from "hono/factory";
import { secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "./env.ts";

/**
 * The API's answers: JSON and CSV that nothing may frame, sniff into HTML, cache or leak in a Referer.
 * Hono's secureHeaders adds the rest of its defaults (no HSTS: the deployed origin is HTTPS-only anyway
 * and HSTS on the developer's https://localhost would pin every other local server to HTTPS).
 */
export const apiSecurityHeaders = [
  secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    xFrameOptions: "DENY",
    referrerPolicy: "no-referrer",
    strictTransportSecurity: false,
  }),
  // Reports, rosters and receipts carry personal data: no browser or proxy may keep a copy.
  createMiddleware<AppEnv>(async (c, next) => {
    await next();
    c.header("Cache-Control", "no-store");
  }),
] as const;

/**
 * The task pane's Content-Security-Policy: its own bundle and office.js from Microsoft's CDN (which loads
 * its host scripts from there and frames its own trust page from there), Fluent UI's runtime styles
 * (Griffel inserts <style> rules), and API calls to this origin only (the API answers no other origin).
 * Left out on purpose: office.js's log-upload frame (telemetryservice.firstpartyapps.oaspapps.com; blocked,
 * it costs one console message and no function), and frame-ancestors: Excel on the web shows the pane in a
 * frame from Microsoft's changing set of hosts.
 */
export const PANE_CSP = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src https://appsforoffice.microsoft.com",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

/** A page of the task pane as the static assets serve it, with the pane's CSP and security headers. */
export function withPaneHeaders(page: Response): Response {
  const res = new Response(page.body, page);
  if ((res.headers.get("content-type") ?? "").includes("text/html"))
    res.headers.set("Content-Security-Policy", PANE_CSP);
  res.headers.set("X-Content-Type-Options", "nosniff");
  res.headers.set("Referrer-Policy", "no-referrer");
  return res;
}
