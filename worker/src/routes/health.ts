import { Hono } from "hono";
import type { AppEnv } from "../env.ts";

/** GET /api/health: liveness, no token, no database (the floor the bench compares against). */
export const health = new Hono<AppEnv>().get("/", (c) => c.json({ ok: true as const, service: "sapa" }, 200));
