import { describe, expect, it } from "vitest";
import { CryptoError } from "./errors.ts";
import { createIinSecret } from "./iin-key.ts";
import { DEFAULT_KEY_FILE_ITERATIONS, createKeyFile, unlockKeyFile } from "./key-file.ts";
import { generateRegionKeyPair } from "./region-key.ts";
import { KeyFileSchema } from "./schemas.ts";
import { subtle } from "./webcrypto.ts";

const PASSPHRASE = "Ақтөбе облысы әдістемелік орталығы 2026";
// The floor the reader accepts: keeps the many tests below quick; one test uses the real default.
const FAST = { iterations: 100_000 };

async function keyFile(passphrase = PASSPHRASE) {
  const pair = await generateRegionKeyPair();
  const iinSecret = createIinSecret();
  const file = await createKeyFile(pair, passphrase, { ...FAST, iinSecret });
  return { pair, iinSecret, file };
}

describe("private key file", () => {
  it("round-trips with the default 600,000 PBKDF2 iterations and keeps the private key out of the clear", async () => {
    const pair = await generateRegionKeyPair();
    const iinSecret = createIinSecret();
    const file = await createKeyFile(pair, PASSPHRASE, { iinSecret });
    expect(KeyFileSchema.parse(file)).toEqual(file);
    expect(file.kdf.iterations).toBe(DEFAULT_KEY_FILE_ITERATIONS);
    expect(file).toMatchObject({ format: "sapa-region-key", keyId: pair.keyId, publicKey: pair.publicKey });
    const text = JSON.stringify(file, null, 2);
    expect(text).not.toContain(iinSecret);
    const { d } = await subtle().exportKey("jwk", pair.privateKey);
    expect(d).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(text).not.toContain(d!);
    const unlocked = await unlockKeyFile(text, PASSPHRASE);
    expect(unlocked).toMatchObject({ keyId: pair.keyId, publicKey: pair.publicKey, iinSecret });
    expect(unlocked.privateKey).toMatchObject({ type: "private", extractable: false });
  });

  it("a wrong passphrase gives a typed, localized error and leaves the file as it was", async () => {
    const { file } = await keyFile();
    const before = JSON.stringify(file);
    const error = await unlockKeyFile(file, "Ақтөбе облысы әдістемелік орталығы 2025").catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CryptoError);
    expect(error).toMatchObject({ code: "wrong-passphrase" });
    expect((error as CryptoError).messageIn("kk")).toMatch(/^Құпия сөз қате/);
    expect((error as CryptoError).messageIn("ru")).toMatch(/^Неверная парольная фраза/);
    expect(JSON.stringify(file)).toBe(before);
    // Nothing lost: the right passphrase still opens it afterwards.
    await expect(unlockKeyFile(file, PASSPHRASE)).resolves.toMatchObject({ keyId: file.keyId });
  });

  it("opens with the passphrase typed in decomposed Unicode (another keyboard)", async () => {
    const { file } = await keyFile();
    await expect(unlockKeyFile(file, PASSPHRASE.normalize("NFD"))).resolves.toMatchObject({
      keyId: file.keyId,
    });
  });

  it("refuses a short passphrase when creating a file", async () => {
    const pair = await generateRegionKeyPair();
    await expect(
      createKeyFile(pair, "қысқа сөз", { ...FAST, iinSecret: createIinSecret() }),
    ).rejects.toMatchObject({ code: "passphrase-too-short" });
  });

  it("refuses what is not a key file, a crafted iteration count and a public key swapped for another", async () => {
    const { file } = await keyFile();
    for (const bad of ["{not json", "null", JSON.stringify({ ...file, format: "other" })]) {
      await expect(unlockKeyFile(bad, PASSPHRASE)).rejects.toMatchObject({ code: "key-file-invalid" });
    }
    const slow = { ...file, kdf: { ...file.kdf, iterations: 2_000_000_000 } };
    await expect(unlockKeyFile(slow, PASSPHRASE)).rejects.toMatchObject({ code: "key-file-invalid" });
    const other = await generateRegionKeyPair();
    // Another key with its own (consistent) id: the header is bound to the ciphertext, so it does not open.
    const swapped = { ...file, keyId: other.keyId, publicKey: other.publicKey };
    await expect(unlockKeyFile(swapped, PASSPHRASE)).rejects.toBeInstanceOf(CryptoError);
    // A public key that does not match the id is caught before any decryption.
    await expect(unlockKeyFile({ ...file, publicKey: other.publicKey }, PASSPHRASE)).rejects.toMatchObject({
      code: "key-file-invalid",
    });
  });

  it("an altered ciphertext does not open (and is never taken for a key)", async () => {
    const { file } = await keyFile();
    const flipped =
      file.encrypted.slice(0, 10) + (file.encrypted[10] === "A" ? "B" : "A") + file.encrypted.slice(11);
    await expect(unlockKeyFile({ ...file, encrypted: flipped }, PASSPHRASE)).rejects.toBeInstanceOf(
      CryptoError,
    );
  });
});
