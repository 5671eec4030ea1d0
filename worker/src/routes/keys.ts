import { KeyIdSchema, RegionKeyPublishSchema, containsPrivateKey, importRegionPublicKey } from "@sapa/shared";
import { Hono } from "hono";
import { z } from "zod";
import { requireRole } from "../auth.ts";
import { currentRegionKey, findRegionKey, listRegionKeys, publishRegionKey } from "../db/keys.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { jsonBody, parseOrThrow, validate } from "../validate.ts";

/**
 * The regional centre's public keys (issue 11). The region publishes a key (POST, region token); every
 * authenticated caller reads the current key and any older one by id. Only public keys are stored.
 */
export const keys = new Hono<AppEnv>()
  .get("/", requireRole("district", "region"), async (c) =>
    c.json({ keys: await listRegionKeys(c.env.DB) }, 200),
  )
  .get("/current", requireRole("district", "region"), async (c) => {
    const key = await currentRegionKey(c.env.DB);
    if (key === null) throw new ApiError(404, "region-key-missing");
    return c.json(key, 200);
  })
  .get(
    "/:id",
    requireRole("district", "region"),
    validate("param", z.strictObject({ id: KeyIdSchema })),
    async (c) => {
      const { id } = c.req.valid("param");
      const key = await findRegionKey(c.env.DB, id);
      if (key === null) throw new ApiError(404, "not-found", { id });
      return c.json(key, 200);
    },
  )
  // Read as any JSON first: a body that carries a private key gets its own 400, whatever else it holds.
  .post("/", requireRole("region"), jsonBody(z.unknown()), async (c) => {
    const body: unknown = c.req.valid("json");
    if (containsPrivateKey(body)) throw new ApiError(400, "private-key-refused");
    const { keyId, publicKey } = parseOrThrow(RegionKeyPublishSchema, body);
    // The server recomputes the id and checks the point is on the curve; districts check both again.
    await importRegionPublicKey({ keyId, publicKey }).catch(() => {
      throw new ApiError(400, "public-key-invalid", { keyId });
    });
    const existing = await findRegionKey(c.env.DB, keyId);
    if (existing !== null) {
      if (existing.retiredAt !== null) throw new ApiError(409, "key-retired", { keyId });
      return c.json(existing, 200);
    }
    const current = await currentRegionKey(c.env.DB);
    const record = await publishRegionKey(c.env.DB, {
      keyId,
      publicKey,
      replaces: current?.keyId ?? null,
      at: new Date().toISOString(),
      by: c.var.caller.tokenId,
    });
    if (record !== null) return c.json(record, 201);
    // Another publish came in between: the same key (then it is current, as asked) or another one.
    const now = await currentRegionKey(c.env.DB);
    if (now?.keyId === keyId) return c.json(now, 200);
    throw new ApiError(409, "key-changed", { keyId, currentKeyId: now?.keyId ?? null });
  });
