import { Hono } from "hono";

const app = new Hono().get("/api/health", (c) => c.json({ ok: true }));

export default app;
export type AppType = typeof app;
