import { SettingsPutRequestSchema } from "@sapa/shared";
import { Hono } from "hono";
import { z } from "zod";
import { requireRole } from "../auth.ts";
import { putSettings, readSettings } from "../db/settings.ts";
import type { AppEnv } from "../env.ts";
import { jsonBody, validate } from "../validate.ts";

const LangQuery = z.strictObject({ lang: z.string().optional() });

/**
 * The region's settings (issue 8 §6):
 * GET /api/settings (any token): every setting, the default where never set.
 * PUT /api/settings { minYearsSinceAward? } (region; a district gets 403): changes the given settings,
 * audited; answers every setting. A value out of range (0..5 years) is refused with 400 invalid-input.
 */
export const settings = new Hono<AppEnv>()
  .get("/", requireRole("district", "region"), validate("query", LangQuery), async (c) =>
    c.json({ settings: await readSettings(c.env.DB) }, 200),
  )
  .put(
    "/",
    requireRole("region"),
    validate("query", LangQuery),
    jsonBody(SettingsPutRequestSchema),
    async (c) => {
      await putSettings(c.env.DB, c.req.valid("json"), new Date().toISOString(), c.var.caller.tokenId);
      return c.json({ settings: await readSettings(c.env.DB) }, 200);
    },
  );
