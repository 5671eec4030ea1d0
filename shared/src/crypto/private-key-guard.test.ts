import { describe, expect, it } from "vitest";
import { createIinSecret } from "./iin-key.ts";
import { createKeyFile } from "./key-file.ts";
import { containsPrivateKey } from "./private-key-guard.ts";
import { generateRegionKeyPair } from "./region-key.ts";
import { subtle, toBase64Url, toHex } from "./webcrypto.ts";

async function realPrivateKey() {
  const pair = await generateRegionKeyPair();
  const pkcs8 = new Uint8Array(await subtle().exportKey("pkcs8", pair.privateKey));
  const jwk = await subtle().exportKey("jwk", pair.privateKey);
  return { pair, pkcs8, jwk };
}

function base64(bytes: Uint8Array): string {
  return toBase64Url(bytes).replaceAll("-", "+").replaceAll("_", "/");
}

describe("private key guard", () => {
  it("finds a real P-256 private key in every usual encoding, anywhere in a body", async () => {
    const { pair, pkcs8, jwk } = await realPrivateKey();
    const pem = `-----BEGIN PRIVATE KEY-----\n${base64(pkcs8).replace(/.{64}/g, "$&\n")}\n-----END PRIVATE KEY-----`;
    const bodies: unknown[] = [
      { keyId: pair.keyId, publicKey: pem },
      { keyId: pair.keyId, publicKey: toBase64Url(pkcs8) },
      { keyId: pair.keyId, publicKey: base64(pkcs8) + "=".repeat((4 - (base64(pkcs8).length % 4)) % 4) },
      { keyId: pair.keyId, publicKey: pair.publicKey, extra: [{ deep: toHex(pkcs8) }] },
      { keyId: pair.keyId, publicKey: pair.publicKey, jwk },
      { keyId: pair.keyId, publicKey: pair.publicKey, privateKey: "anything" },
      await createKeyFile(pair, "a long enough passphrase", {
        iinSecret: createIinSecret(),
        iterations: 100_000,
      }),
    ];
    for (const body of bodies) expect(containsPrivateKey(body)).toBe(true);
  });

  it("lets a public key, its id and ordinary data through", async () => {
    const { pair } = await realPrivateKey();
    expect(containsPrivateKey({ keyId: pair.keyId, publicKey: pair.publicKey, algorithm: "ECDH-P256" })).toBe(
      false,
    );
    const spki = new Uint8Array([0x30, 0x59, 0x30, 0x13, 0x06, 0x07, ...new Array<number>(80).fill(7)]);
    expect(containsPrivateKey({ key: toBase64Url(spki) })).toBe(false);
    expect(containsPrivateKey({ rows: [{ fullName: "Әлиева Гүлнар", organization: "№1 балабақша" }] })).toBe(
      false,
    );
    expect(containsPrivateKey({ d: "2026-01-01" })).toBe(false);
  });
});
