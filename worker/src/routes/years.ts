import { AcademicYearSchema } from "@sapa/shared";
import { Hono } from "hono";
import { z } from "zod";
import { requireRole } from "../auth.ts";
import { lockedAt, lockYear, unlockYear } from "../db/years.ts";
import type { AppEnv } from "../env.ts";
import { validate } from "../validate.ts";

const YearParam = z.strictObject({ year: AcademicYearSchema });

/** Closing and reopening a reporting year (region). Submissions to a locked year get 409. */
export const years = new Hono<AppEnv>()
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
