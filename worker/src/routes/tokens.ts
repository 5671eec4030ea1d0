import { MAX_AUDIT_LIMIT, TokenCreateSchema } from "@sapa/shared";
import { Hono } from "hono";
import { z } from "zod";
import { requireRole } from "../auth.ts";
import { listAudit } from "../db/audit.ts";
import { insertToken, listTokens, revokeToken } from "../db/tokens.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { randomBase64Url, randomHex, sha256Hex } from "../hash.ts";
import { jsonBody, validate } from "../validate.ts";

/** Token administration (region): the secret is shown once, at creation; only its SHA-256 is stored. */
export const tokens = new Hono<AppEnv>()
  .use(requireRole("region"))
  .get("/", async (c) => c.json({ tokens: await listTokens(c.env.DB) }, 200))
  .post("/", jsonBody(TokenCreateSchema), async (c) => {
    const body = c.req.valid("json");
    const secret = `sapa_${randomBase64Url(32)}`;
    const record = await insertToken(c.env.DB, {
      id: `tok_${randomHex(8)}`,
      hash: await sha256Hex(secret),
      role: body.role,
      district: body.district ?? null,
      label: body.label ?? null,
      createdAt: new Date().toISOString(),
      createdBy: c.var.caller.tokenId,
    });
    return c.json({ ...record, token: secret }, 201);
  })
  .delete("/:id", validate("param", z.strictObject({ id: z.string().min(1).max(100) })), async (c) => {
    const { id } = c.req.valid("param");
    const record = await revokeToken(c.env.DB, id, new Date().toISOString(), c.var.caller.tokenId);
    if (record === null) throw new ApiError(404, "not-found", { id });
    return c.json(record, 200);
  });

/** GET /api/audit?limit= (region): the audit trail, newest first. */
export const audit = new Hono<AppEnv>().get(
  "/",
  requireRole("region"),
  validate(
    "query",
    z.strictObject({
      limit: z.coerce.number().int().min(1).max(MAX_AUDIT_LIMIT).optional(),
      lang: z.string().optional(),
    }),
  ),
  async (c) => c.json({ entries: await listAudit(c.env.DB, c.req.valid("query").limit ?? 200) }, 200),
);
