import {
  AcademicYearSchema,
  IndicatorTargetsSchema,
  StageTargetsSchema,
  stageTargetsFor,
} from "@sapa/shared";
import { Hono } from "hono";
import { z } from "zod";
import { requireRole } from "../auth.ts";
import { indicatorTargets, putIndicatorTargets, putTargets, targetsTable } from "../db/targets.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { invalidInputDetails, jsonBody, validate } from "../validate.ts";

const TargetsQuery = z.strictObject({ year: AcademicYearSchema.optional(), lang: z.string().optional() });

/**
 * GET /api/targets: the stage targets in force (the plan's, as changed by the region); `?year=` gives one
 * year's (404 when that year has none). PUT /api/targets/:year (region) replaces one year's targets.
 * GET and PUT /api/targets/indicators: the plan's other indicators' targets (courses and internships per
 * calendar year, the events share), the plan's values until the region replaces the set.
 */
export const targets = new Hono<AppEnv>()
  .get("/indicators", async (c) => c.json({ indicators: await indicatorTargets(c.env.DB) }, 200))
  .put("/indicators", requireRole("region"), jsonBody(IndicatorTargetsSchema), async (c) => {
    const body = c.req.valid("json");
    await putIndicatorTargets(c.env.DB, body, new Date().toISOString(), c.var.caller.tokenId);
    return c.json({ indicators: body }, 200);
  })
  .get("/", validate("query", TargetsQuery), async (c) => {
    const { year } = c.req.valid("query");
    const table = await targetsTable(c.env.DB);
    if (year === undefined) return c.json({ targets: table }, 200);
    const one = stageTargetsFor(year, table);
    if (one === null) throw new ApiError(404, "no-targets", { year });
    return c.json({ targets: [one] }, 200);
  })
  .put(
    "/:year",
    requireRole("region"),
    validate("param", z.strictObject({ year: AcademicYearSchema })),
    jsonBody(StageTargetsSchema),
    async (c) => {
      const { year } = c.req.valid("param");
      const body = c.req.valid("json");
      if (body.year !== year) {
        throw new ApiError(
          400,
          "invalid-input",
          invalidInputDetails([
            {
              path: ["year"],
              code: "custom",
              message: `body year ${body.year} differs from the path's ${year}`,
            },
          ]),
        );
      }
      await putTargets(c.env.DB, body, new Date().toISOString(), c.var.caller.tokenId);
      return c.json({ targets: [body] }, 200);
    },
  );
