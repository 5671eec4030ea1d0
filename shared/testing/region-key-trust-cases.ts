// The trust policy's cases (shared/src/submission/region-key-trust.ts), run by the pane and the CLI against
// their own storage: the add-in's key-value store and the CLI's config file must keep a key the same way.
import { describe, expect, it } from "vitest";
import { generateRegionKeyPair, type RegionPublicKey } from "../src/crypto/region-key.ts";
import {
  RegionKeyChanged,
  chooseRegionKey,
  rememberAcceptedKey,
  type TrustedKeyStore,
} from "../src/submission/region-key-trust.ts";
import type { DistrictId } from "../src/types.ts";

/** A fresh, empty storage; `open` gives the store of one server and district over it, as a new run would. */
export type TrustStorage = () => Promise<{ open(server: string, district: DistrictId): TrustedKeyStore }>;

const SERVER = "https://sapa.example.kz";
const publicOf = async (): Promise<RegionPublicKey> => {
  const { keyId, publicKey } = await generateRegionKeyPair();
  return { keyId, publicKey };
};
const offline = () => Promise.reject(new TypeError("fetch failed"));

export function regionKeyTrustCases(name: string, storage: TrustStorage): void {
  describe(`the region key trust policy, stored in ${name}`, () => {
    it("trusts the first key it sees, but remembers it only once a submission sealed to it was accepted", async () => {
      const { open } = await storage();
      const key = await publicOf();
      const choice = await chooseRegionKey(open(SERVER, "alga"), async () => key);
      expect(choice).toEqual({ kind: "first", key });
      expect(await open(SERVER, "alga").read()).toBeNull();
      // Never accepted: the next run sees a first key again (and shows its fingerprint again).
      expect((await chooseRegionKey(open(SERVER, "alga"), async () => key)).kind).toBe("first");
      await rememberAcceptedKey(open(SERVER, "alga"), key);
      expect(await open(SERVER, "alga").read()).toEqual(key);
      expect(await chooseRegionKey(open(SERVER, "alga"), async () => key)).toEqual({ kind: "same", key });
    });

    it("compares the whole key: the same id with another public key is a change", async () => {
      const { open } = await storage();
      const trusted = await publicOf();
      const other = await publicOf();
      await rememberAcceptedKey(open(SERVER, "temir"), trusted);
      const swapped = { keyId: trusted.keyId, publicKey: other.publicKey };
      const error = await chooseRegionKey(open(SERVER, "temir"), async () => swapped).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(RegionKeyChanged);
      expect((error as RegionKeyChanged).previous).toEqual(trusted);
      expect((error as RegionKeyChanged).current).toEqual(swapped);
    });

    it("refuses a changed key until the user accepts exactly the key shown, and keeps the old one until then", async () => {
      const { open } = await storage();
      const old = await publicOf();
      const shown = await publicOf();
      const later = await publicOf();
      await rememberAcceptedKey(open(SERVER, "kobda"), old);
      await expect(chooseRegionKey(open(SERVER, "kobda"), async () => shown)).rejects.toBeInstanceOf(
        RegionKeyChanged,
      );
      expect(await open(SERVER, "kobda").read()).toEqual(old);
      // The server changed again after the dialog: the confirmation was for another key.
      await expect(chooseRegionKey(open(SERVER, "kobda"), async () => later, shown)).rejects.toBeInstanceOf(
        RegionKeyChanged,
      );
      expect(await chooseRegionKey(open(SERVER, "kobda"), async () => shown, shown)).toEqual({
        kind: "accepted",
        key: shown,
        previous: old,
      });
      expect(await open(SERVER, "kobda").read()).toEqual(old);
      await rememberAcceptedKey(open(SERVER, "kobda"), shown);
      expect((await chooseRegionKey(open(SERVER, "kobda"), async () => shown)).kind).toBe("same");
    });

    it('accepts whatever key the server now has when told "current" (the CLI prints it first)', async () => {
      const { open } = await storage();
      const old = await publicOf();
      const next = await publicOf();
      await rememberAcceptedKey(open(SERVER, "shalkar"), old);
      expect(await chooseRegionKey(open(SERVER, "shalkar"), async () => next, "current")).toEqual({
        kind: "accepted",
        key: next,
        previous: old,
      });
    });

    it("offline, seals to the key last accepted, and with none seals nothing", async () => {
      const { open } = await storage();
      const trusted = await publicOf();
      await expect(chooseRegionKey(open(SERVER, "yrgyz"), offline)).rejects.toThrow("fetch failed");
      await rememberAcceptedKey(open(SERVER, "yrgyz"), trusted);
      const choice = await chooseRegionKey(open(SERVER, "yrgyz"), offline);
      expect(choice.kind).toBe("offline");
      expect(choice.key).toEqual(trusted);
    });

    it("believes a server that says no key is published: no older key stands in for it", async () => {
      const { open } = await storage();
      await rememberAcceptedKey(open(SERVER, "oiyl"), await publicOf());
      const missing = Object.assign(new Error("no key"), { code: "region-key-missing" });
      await expect(chooseRegionKey(open(SERVER, "oiyl"), () => Promise.reject(missing))).rejects.toBe(
        missing,
      );
    });

    it("keeps one trusted key per server and per district", async () => {
      const { open } = await storage();
      const a = await publicOf();
      const b = await publicOf();
      await rememberAcceptedKey(open(SERVER, "alga"), a);
      await rememberAcceptedKey(open("https://other.example.kz", "alga"), b);
      expect(await open(SERVER, "alga").read()).toEqual(a);
      expect(await open("https://other.example.kz", "alga").read()).toEqual(b);
      expect(await open(SERVER, "martuk").read()).toBeNull();
    });
  });
}
