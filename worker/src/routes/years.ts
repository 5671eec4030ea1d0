import {
  AcademicYearSchema,
  PLAN_YEAR_WINDOW,
  YearWindowSchema,
  openYears,
  type YearWindow,
} from "@sapa/shared";
import { Hono } from "hono";
import { z } from "zod";
import { requireRole } from "../auth.ts";
import { readTogether } from "../db/read.ts";
import { etag, parseIfMatch } from "../db/versions.ts";
import {
  lockedAt,
  lockYear,
  setYearWindow,
  unlockYear,
  yearWindowRead,
  yearWindowVersionRead,
} from "../db/years.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { jsonBody, validate } from "../validate.ts";

const YearParam = z.strictObject({ year: AcademicYearSchema });

/** The window as the API shows it: the region's window, the plan's, and every year open to submissions. */
function windowView(window: YearWindow) {
  return { window, plan: PLAN_YEAR_WINDOW, open: openYears(window) };
}

/**
 * Reporting years (region administers): the window of years open to submissions besides the plan's, and
 * closing and reopening one year. Submissions outside the open years get 400, to a locked year 409. The
 * window's GET carries its ETag, its PUT answers the new one; a PUT with If-Match naming a version no longer
 * current gets 412 precondition-failed and changes nothing.
 */
export const years = new Hono<AppEnv>()
  // Before "/:year", which would read "window" as a malformed year.
  .get("/window", requireRole("district", "region"), async (c) => {
    const [window, version] = await readTogether(c.env.DB, [
      yearWindowRead(c.env.DB),
      yearWindowVersionRead(c.env.DB),
    ] as const);
    return c.json(windowView(window), 200, { ETag: etag(version) });
  })
  .put("/window", requireRole("region"), jsonBody(YearWindowSchema), async (c) => {
    const window = c.req.valid("json");
    const ifMatch = parseIfMatch(c.req.header("if-match"));
    const version = await setYearWindow(
      c.env.DB,
      window,
      new Date().toISOString(),
      c.var.caller.tokenId,
      ifMatch,
    );
    if (version === null) throw new ApiError(412, "precondition-failed");
    return c.json(windowView(window), 200, { ETag: etag(version) });
  })
  .get("/:year", requireRole("district", "region"), validate("param", YearParam), async (c) => {
    const { year } = c.req.valid("param");
    const at = await lockedAt(c.env.DB, year);
    return c.json({ year, locked: at !== null, lockedAt: at }, 200);
  })
  .post("/:year/lock", requireRole("region"), validate("param", YearParam), async (c) => {
    const { year } = c.req.valid("param");
    const at = await lockYear(c.env.DB, year, new Date().toISOString(), c.var.caller.tokenId);
    return c.json({ year, locked: true, lockedAt: at as string | null }, 200);
  })
  .post("/:year/unlock", requireRole("region"), validate("param", YearParam), async (c) => {
    const { year } = c.req.valid("param");
    await unlockYear(c.env.DB, year, new Date().toISOString(), c.var.caller.tokenId);
    return c.json({ year, locked: false, lockedAt: null as string | null }, 200);
  });
