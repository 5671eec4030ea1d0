import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { allowHeader, authenticateAsRoutes, routesAt } from "./allowed-methods.ts";
import type { AppEnv } from "./env.ts";
import { ApiError, errorBody } from "./errors.ts";
import { pickLang } from "./lang.ts";
import { candidates } from "./routes/candidates.ts";
import { districts } from "./routes/districts.ts";
import { groups } from "./routes/groups.ts";
import { health } from "./routes/health.ts";
import { keys } from "./routes/keys.ts";
import { report } from "./routes/report.ts";
import { reviews } from "./routes/review.ts";
import { settings } from "./routes/settings.ts";
import { submissions } from "./routes/submissions.ts";
import { targets } from "./routes/targets.ts";
import { trend } from "./routes/trend.ts";
import { audit, tokens } from "./routes/tokens.ts";
import { years } from "./routes/years.ts";
import { apiSecurityHeaders, withPaneHeaders } from "./security-headers.ts";
import { drainUnreadBody, refuseDeclaredOversize } from "./validate.ts";

const app = new Hono<AppEnv>()
  // The language of every message: ?lang= first, then Accept-Language, Kazakh by default.
  .use("*", async (c, next) => {
    c.set("lang", pickLang(c.req.header("accept-language"), c.req.query("lang")));
    await next();
  })
  .use("/api/*", ...apiSecurityHeaders)
  .use("/api/*", refuseDeclaredOversize)
  .route("/api/health", health)
  .route("/api/districts", districts)
  .route("/api/targets", targets)
  .route("/api/years", years)
  .route("/api/submissions", submissions)
  .route("/api", report)
  .route("/api/review", reviews)
  .route("/api", trend)
  .route("/api/tokens", tokens)
  .route("/api/audit", audit)
  .route("/api/keys", keys)
  .route("/api/groups", groups)
  .route("/api/settings", settings)
  .route("/api", candidates)
  // The pane's pages come from the static assets; the worker runs first for them (wrangler.jsonc) to add the CSP.
  .get("/:page{[A-Za-z0-9_-]+\\.html}", async (c) => {
    if (c.env.ASSETS === undefined) return c.json(errorBody("not-found", c.get("lang")), 404);
    return withPaneHeaders(await c.env.ASSETS.fetch(c.req.raw));
  })
  // Sapa on the web: the same app on a roster file, at /app/ (its page is app.html, its bundle the pane's).
  .on("GET", ["/app", "/app/"], async (c) => {
    // The page's own links are relative to /app/: the bare /app goes there first.
    if (!c.req.path.endsWith("/")) return c.redirect("/app/", 301);
    if (c.env.ASSETS === undefined) return c.json(errorBody("not-found", c.get("lang")), 404);
    const page = new Request(new URL("/app.html", c.req.url), { headers: c.req.raw.headers });
    return withPaneHeaders(await c.env.ASSETS.fetch(page));
  });

// An unknown path is 404; a path the app has, asked with another method, is 405 with the methods it has.
app.notFound(async (c) => {
  await drainUnreadBody(c.req.raw, c.env);
  const lang = c.get("lang") ?? "kk";
  const routes = routesAt(app, c.req.path);
  if (routes.size === 0) return c.json(errorBody("not-found", lang), 404);
  await authenticateAsRoutes(c, routes);
  const allowed = allowHeader(routes);
  const details = { method: c.req.method, allowed };
  return c.json(errorBody("method-not-allowed", lang, details), 405, { Allow: allowed });
});

// One error envelope for everything; anything unexpected is logged and becomes a 500 without internals.
app.onError(async (error, c) => {
  await drainUnreadBody(c.req.raw, c.env);
  const lang = c.get("lang") ?? pickLang(c.req.header("accept-language"), null);
  if (error instanceof ApiError) return c.json(errorBody(error.code, lang, error.details), error.status);
  if (error instanceof HTTPException) {
    const status = error.status;
    if (status === 413) return c.json(errorBody("too-large", lang), 413);
    if (status === 400) return c.json(errorBody("bad-json", lang), 400);
    if (status === 404) return c.json(errorBody("not-found", lang), 404);
  }
  console.error("Unhandled error", c.req.method, c.req.path, error);
  return c.json(errorBody("internal", lang), 500);
});

export default app;
/** The API's type, for Hono's typed `hc` client. */
export type AppType = typeof app;
