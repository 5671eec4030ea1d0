/**
 * `sapa duplicates` in-process against the real worker app on a real local D1: three districts submit
 * rosters sealed to the development region key, two of them sharing two teachers (same ИИН, hence the same
 * keyed ИИН key); the region opens them with the key file and finds exactly those two.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSapaClient } from "@sapa/client";
import {
  createKeyFile,
  createIinSecret,
  deriveIinKey,
  generateRegionKeyPair,
  importIinSecret,
  unlockKeyFile,
  type CrossDistrictDuplicates,
  type DistrictId,
  type SubmissionRow,
  type WebCryptoKey,
} from "@sapa/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDevRegionKey } from "../../scripts/dev-key.mjs";
import { makeSubmission, sealedForDev } from "../../client/test/worker-app.ts";
import { sapaInProcess } from "./in-process.ts";
import { validIin } from "./run-cli.ts";
import { serveWorkerApp, type ServedWorker } from "./worker-http.ts";

let served: ServedWorker;
let dir: string;
let keyPath: string;
let passphrase: string;
let iinSecret: WebCryptoKey;
const rosters = new Map<DistrictId, SubmissionRow[]>();

/** `count` distinct valid ИИНs born on `birth` (YYMMDD), serials from `from`. */
function iins(birth: string, from: number, count: number): string[] {
  const out: string[] = [];
  for (let serial = from; out.length < count; serial++) {
    try {
      out.push(validIin(`${birth}3${String(serial).padStart(4, "0")}`));
    } catch {
      // no check digit for this serial: take the next
    }
  }
  return out;
}

// The two teachers on both Alga's and Shalkar's lists, and where.
const SHARED = [
  {
    iin: iins("850312", 4100, 1)[0]!,
    alga: { at: 2, name: "Серікова Дина Маратқызы" },
    shalkar: { at: 0, name: "Серикова Дина" },
  },
  {
    iin: iins("790101", 5200, 1)[0]!,
    alga: { at: 5, name: "Абаева Айгүл" },
    shalkar: { at: 3, name: "Абаева Айгүл Ержанқызы" },
  },
];

/** A district's generated roster with every ИИН key derived from a distinct ИИН; SHARED put in at their rows. */
async function submitRoster(
  district: "alga" | "shalkar" | "kobda",
  rows: number,
  seed: number,
  birth: string,
) {
  const body = await makeSubmission(district, rows, seed);
  const own = iins(birth, 1000, rows);
  const placed = SHARED.flatMap((s) => (district === "kobda" ? [] : [{ iin: s.iin, ...s[district] }]));
  const withKeys = await Promise.all(
    body.rows.map(async (r, i) => {
      const shared = placed.find((p) => p.at === i);
      return shared
        ? { ...r, fullName: shared.name, iinKey: await deriveIinKey(iinSecret, shared.iin) }
        : { ...r, iinKey: await deriveIinKey(iinSecret, own[i]!) };
    }),
  );
  rosters.set(district, withKeys);
  const client = createSapaClient({ server: served.server, token: `dev-${district}`, lang: "en" });
  await client.submit(await sealedForDev({ ...body, rows: withKeys }));
}

beforeAll(async () => {
  served = await serveWorkerApp();
  dir = await mkdtemp(join(tmpdir(), "sapa-duplicates-"));
  const dev = await ensureDevRegionKey();
  keyPath = dev.path;
  passphrase = dev.passphrase;
  // The region's ИИН secret, as the districts hold it: the same key for the same ИИН everywhere.
  iinSecret = await importIinSecret((await unlockKeyFile(dev.file, dev.passphrase)).iinSecret);
  await submitRoster("alga", 9, 1, "900505");
  await submitRoster("shalkar", 7, 2, "910606");
  await submitRoster("kobda", 5, 3, "920707");
});

afterAll(async () => {
  await served?.stop();
  await rm(dir, { recursive: true, force: true });
});

const sapa = (args: string[], env: Record<string, string> = {}) =>
  sapaInProcess(["duplicates", "--year", "2025-2026", ...args], {
    env: { SAPA_SERVER: served.server, SAPA_TOKEN: "dev-region", SAPA_KEY_PASSPHRASE: passphrase, ...env },
    cwd: dir,
  });

describe("sapa duplicates", () => {
  it("lists exactly the two teachers on two districts' lists, with both districts, by name", async () => {
    const res = await sapa(["--key", keyPath, "--json"]);
    expect(res.code).toBe(0);
    const result = JSON.parse(res.out) as CrossDistrictDuplicates & { year: string };
    const alga = rosters.get("alga")!;
    const shalkar = rosters.get("shalkar")!;
    const occurrence = (district: "alga" | "shalkar", rows: SubmissionRow[], at: number, name: string) => ({
      district,
      revision: 1,
      organization: rows[at]!.organization,
      fullName: name,
      category: rows[at]!.category,
      row: rows[at]!.row,
    });
    // Абаева before Серікова; Alga before Shalkar (the region's order).
    expect(result.people.map((p) => p.occurrences)).toEqual([
      [
        occurrence("alga", alga, 5, "Абаева Айгүл"),
        occurrence("shalkar", shalkar, 3, "Абаева Айгүл Ержанқызы"),
      ],
      [
        occurrence("alga", alga, 2, "Серікова Дина Маратқызы"),
        occurrence("shalkar", shalkar, 0, "Серикова Дина"),
      ],
    ]);
    // The output carries no ИИН key, only who is where.
    expect(result.people.every((p) => !("iinKey" in p))).toBe(true);
    expect(JSON.stringify(result)).not.toContain(alga[5]!.iinKey!);
    expect(result.districts.map((d) => [d.district, d.rows, d.matched, d.tampered.length])).toEqual([
      ["alga", 9, 9, 0],
      ["kobda", 5, 5, 0],
      ["shalkar", 7, 7, 0],
    ]);
    // Progress on stderr, one line per district read.
    expect(
      res.err.split("\n").filter((l) => l.startsWith("Reading") || l.startsWith("Оқылуда")),
    ).toHaveLength(3);
  });

  it("prints the table in Russian and writes the same rows to a CSV file", async () => {
    const res = await sapa(["--key", keyPath, "--csv", "dups.csv", "--lang", "ru"]);
    expect(res.code).toBe(0);
    expect(res.out).toContain("Один педагог в нескольких районах · 2025-2026");
    expect(res.out).toContain("Педагогов в списках нескольких районов: 2.");
    expect(res.out).toContain("Абаева Айгүл Ержанқызы");
    expect(res.out).toContain("Шалкарский район");
    expect(res.err).toContain("Таблица записана: dups.csv");
    const csv = (await readFile(join(dir, "dups.csv"), "utf8")).split("\r\n").filter(Boolean);
    expect(csv).toHaveLength(1 + 4);
    expect(csv[0]).toBe(
      "\uFEFFФИО;Педагог №;Район / город;Дошкольная организация;Квалификационная категория;Строка в списке;Версия",
    );
    expect(csv[1]).toMatch(/^Абаева Айгүл;1;Алгинский район;/);
    expect(csv[4]).toMatch(
      new RegExp(`^Серикова Дина;2;Шалкарский район;.*;${rosters.get("shalkar")![0]!.row};1$`),
    );
  });

  it("says no one is listed in two districts when the shared teachers are gone", async () => {
    // Shalkar resubmits without the two shared teachers: its newest revision is the one read.
    const shalkar = rosters.get("shalkar")!;
    const body = await makeSubmission("shalkar", 7, 2);
    const rows = body.rows
      .map((r, i) => ({ ...r, iinKey: shalkar[i]!.iinKey }))
      .filter((_, i) => i !== 0 && i !== 3);
    const client = createSapaClient({ server: served.server, token: "dev-shalkar", lang: "en" });
    await client.submit(await sealedForDev({ ...body, rows }));
    const res = await sapa(["--key", keyPath, "--lang", "en"]);
    expect(res.code).toBe(0);
    expect(res.out).toContain("No teacher is listed in two or more districts.");
    expect(res.out).toMatch(/Shalkar district\s+2\s+5\s+5\s+0\s+0/);
    // Back to the first roster (revision 3) for the tests that follow.
    await client.submit(await sealedForDev({ ...body, rows: shalkar }));
  });

  it("refuses a wrong passphrase with a clear message, exit 2, and writes nothing", async () => {
    const res = await sapa(["--key", keyPath, "--csv", "wrong.csv", "--lang", "ru"], {
      SAPA_KEY_PASSPHRASE: "not the passphrase",
    });
    expect(res.code).toBe(2);
    expect(res.err).toContain("Неверная парольная фраза");
    expect(res.out).toBe("");
    expect(existsSync(join(dir, "wrong.csv"))).toBe(false);
    const noKey = await sapa(["--lang", "en"]);
    expect(noKey.code).toBe(2);
    expect(noKey.err).toContain("Name the region's key file");
  });

  it("refuses a key file of another key: which district, which key, exit 2, nothing written", async () => {
    const other = await createKeyFile(await generateRegionKeyPair(), passphrase, {
      iinSecret: createIinSecret(),
      iterations: 100_000,
    });
    await writeFile(join(dir, "other-key.json"), JSON.stringify(other));
    const res = await sapa(["--key", "other-key.json", "--csv", "other.csv", "--lang", "en"]);
    expect(res.code).toBe(2);
    const dev = await ensureDevRegionKey();
    expect(res.err).toContain(
      `Alga district: the list is encrypted to another regional key (key id ${dev.keyId})`,
    );
    expect(res.out).toBe("");
    expect(existsSync(join(dir, "other.csv"))).toBe(false);
  });

  it("gives a district token the server's 403 in plain words and what to do", async () => {
    const res = await sapa(["--key", keyPath, "--csv", "district.csv", "--lang", "kk"], {
      SAPA_TOKEN: "dev-alga",
    });
    expect(res.code).toBe(1);
    // The server says whose token it takes; the CLI says how to give one.
    expect(res.err).toContain("оған облыстық әдістемелік орталықтың кіру кілті керек.");
    expect(res.err).toContain("Кіру кілтін (токенді) --token немесе SAPA_TOKEN арқылы беріңіз");
    expect(existsSync(join(dir, "district.csv"))).toBe(false);
  });
});
