import { describe, expect, it } from "vitest";
import { pseudonymiseIin } from "../roster/iin.ts";
import { IinKeySchema } from "../api/schemas.ts";
import { createIinSecret, deriveIinKey, importIinSecret } from "./iin-key.ts";

describe("keyed ИИН key", () => {
  it("is HMAC-SHA-256 under the region's secret (known answer computed with Python's hmac)", async () => {
    const secret = await importIinSecret("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8");
    expect(await deriveIinKey(secret, "791028302728")).toBe(
      "f9a0d98206866305f65453459c884ae670f1739ade3d509dcf5a7f05cd2021c6",
    );
  });

  it("gives the same key for the same ИИН and secret, another key under another secret, never the bare hash", async () => {
    const one = await importIinSecret(createIinSecret());
    const two = await importIinSecret(createIinSecret());
    const key = await deriveIinKey(one, "061211600012");
    expect(IinKeySchema.safeParse(key).success).toBe(true);
    expect(await deriveIinKey(one, "061211600012")).toBe(key);
    expect(await deriveIinKey(one, "791028302728")).not.toBe(key);
    expect(await deriveIinKey(two, "061211600012")).not.toBe(key);
    expect(await pseudonymiseIin("061211600012")).not.toBe(key);
  });

  it("refuses a secret of the wrong length or alphabet with a typed error", async () => {
    await expect(importIinSecret("AAECAwQFBgcICQoL")).rejects.toMatchObject({ code: "iin-secret-invalid" });
    await expect(importIinSecret("not a secret at all, not base64url!!")).rejects.toMatchObject({
      code: "iin-secret-invalid",
    });
  });
});
