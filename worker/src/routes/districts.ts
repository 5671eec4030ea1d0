import { DISTRICTS } from "@sapa/shared";
import { Hono } from "hono";
import type { AppEnv } from "../env.ts";

/** GET /api/districts: the 13 reporting units (public reference data). */
export const districts = new Hono<AppEnv>().get("/", (c) =>
  c.json({ districts: DISTRICTS.map((d) => ({ id: d.id, name: d.name })) }, 200),
);
