import { SettingsPutRequestSchema } from "@sapa/shared";
import { Hono } from "hono";
import { z } from "zod";
import { requireRole } from "../auth.ts";
import { putSettings, readVersionedSettings } from "../db/settings.ts";
import { etag, parseIfMatch } from "../db/versions.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { jsonBody, validate } from "../validate.ts";

const LangQuery = z.strictObject({ lang: z.string().optional() });

/**
 * The region's settings (issue 8 §6):
 * GET /api/settings (any token): every setting, the default where never set; ETag names their version.
 * PUT /api/settings { minYearsSinceAward? } (region; a district gets 403): changes the given settings,
 * audited; answers every setting and their new ETag. With If-Match naming a version no longer current, 412
 * precondition-failed and nothing changes. A value out of range (0..5 years) is refused with 400 invalid-input.
 */
export const settings = new Hono<AppEnv>()
  .get("/", requireRole("district", "region"), validate("query", LangQuery), async (c) => {
    const { settings, version } = await readVersionedSettings(c.env.DB);
    return c.json({ settings }, 200, { ETag: etag(version) });
  })
  .put(
    "/",
    requireRole("region"),
    validate("query", LangQuery),
    jsonBody(SettingsPutRequestSchema),
    async (c) => {
      const ifMatch = parseIfMatch(c.req.header("if-match"));
      const at = new Date().toISOString();
      if (!(await putSettings(c.env.DB, c.req.valid("json"), at, c.var.caller.tokenId, ifMatch)))
        throw new ApiError(412, "precondition-failed");
      const { settings, version } = await readVersionedSettings(c.env.DB);
      return c.json({ settings }, 200, { ETag: etag(version) });
    },
  );
