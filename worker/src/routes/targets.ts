import {
  AcademicYearSchema,
  IndicatorTargetsSchema,
  StageTargetsSchema,
  stageTargetsFor,
} from "@sapa/shared";
import { Hono } from "hono";
import { z } from "zod";
import { requireRole } from "../auth.ts";
import { readTogether } from "../db/read.ts";
import {
  indicatorTargetsRead,
  indicatorTargetsVersionRead,
  putIndicatorTargets,
  putTargets,
  targetsRead,
  targetsTable,
  targetsVersionRead,
} from "../db/targets.ts";
import { etag, parseIfMatch } from "../db/versions.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { invalidInputDetails, jsonBody, validate } from "../validate.ts";

const TargetsQuery = z.strictObject({ year: AcademicYearSchema.optional(), lang: z.string().optional() });

/**
 * GET /api/targets: the stage targets in force (the plan's, as changed by the region); `?year=` gives one
 * year's (404 when that year has none) with its ETag. PUT /api/targets/:year (region) replaces one year's
 * targets. GET and PUT /api/targets/indicators: the plan's other indicators' targets (courses and
 * internships per calendar year, the events share), the plan's values until the region replaces the set;
 * with an ETag. A PUT answers the new ETag; with If-Match naming a version no longer current, 412
 * precondition-failed and nothing changes.
 */
export const targets = new Hono<AppEnv>()
  .get("/indicators", async (c) => {
    const [indicators, version] = await readTogether(c.env.DB, [
      indicatorTargetsRead(c.env.DB),
      indicatorTargetsVersionRead(c.env.DB),
    ] as const);
    return c.json({ indicators }, 200, { ETag: etag(version) });
  })
  .put("/indicators", requireRole("region"), jsonBody(IndicatorTargetsSchema), async (c) => {
    const body = c.req.valid("json");
    const ifMatch = parseIfMatch(c.req.header("if-match"));
    const at = new Date().toISOString();
    const version = await putIndicatorTargets(c.env.DB, body, at, c.var.caller.tokenId, ifMatch);
    if (version === null) throw new ApiError(412, "precondition-failed");
    return c.json({ indicators: body }, 200, { ETag: etag(version) });
  })
  .get("/", validate("query", TargetsQuery), async (c) => {
    const { year } = c.req.valid("query");
    if (year === undefined) return c.json({ targets: await targetsTable(c.env.DB) }, 200);
    const [table, version] = await readTogether(c.env.DB, [
      targetsRead(c.env.DB),
      targetsVersionRead(c.env.DB, year),
    ] as const);
    const one = stageTargetsFor(year, table);
    if (one === null) throw new ApiError(404, "no-targets", { year });
    return c.json({ targets: [one] }, 200, { ETag: etag(version) });
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
      const ifMatch = parseIfMatch(c.req.header("if-match"));
      const version = await putTargets(
        c.env.DB,
        body,
        new Date().toISOString(),
        c.var.caller.tokenId,
        ifMatch,
      );
      if (version === null) throw new ApiError(412, "precondition-failed");
      return c.json({ targets: [body] }, 200, { ETag: etag(version) });
    },
  );
