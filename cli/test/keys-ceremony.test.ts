/**
 * The key ceremony in the CLI (issue 11), in-process against the real worker app on a real local D1 over
 * loopback HTTP: the passphrase asked on a terminal, `sapa submit` never sealing to a changed key
 * silently; `sapa keys migrate` (re-sealing rows stored in clear, which no deployment ever held) is gone.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSapaClient } from "@sapa/client";
import {
  createIinSecret,
  createKeyFile,
  fingerprintOf,
  generateRegionKeyPair,
  unlockKeyFile,
} from "@sapa/shared";
import { generateRoster } from "@sapa/shared/sample";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDevRegionKey } from "../../scripts/dev-key.mjs";
import type { WorkerApp } from "../../client/test/worker-app.ts";
import type { SecretPrompt } from "../src/io.ts";
import { sapaInProcess } from "./in-process.ts";
import { serveWorkerApp, type ServedWorker } from "./worker-http.ts";
import { writeRosterWorkbook } from "../src/xlsx-roster-write.ts";

const YEAR = "2025-2026";
const AS_OF = "2025-12-01";
let dir: string;
let configDir: string;
let worker: WorkerApp;
let http: ServedWorker;
let server: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sapa-ceremony-"));
  configDir = join(dir, "config");
  http = await serveWorkerApp();
  worker = http.worker;
  server = http.server;
});

afterAll(async () => {
  await http?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** A terminal that answers the prompts in turn and records what was asked. */
function terminal(answers: string[]): SecretPrompt & { asked: string[] } {
  const asked: string[] = [];
  return {
    interactive: true,
    asked,
    ask: async (prompt) => {
      asked.push(prompt);
      const answer = answers.shift();
      if (answer === undefined) throw new Error(`unexpected prompt: ${prompt}`);
      return answer;
    },
  };
}

const sapa = (args: string[], env: Record<string, string> = {}, secretPrompt?: SecretPrompt) =>
  sapaInProcess(args, {
    env: { SAPA_SERVER: server, SAPA_TOKEN: "dev-region", SAPA_CONFIG_DIR: configDir, ...env },
    cwd: dir,
    ...(secretPrompt ? { secretPrompt } : {}),
  });

const exists = (file: string) =>
  readFile(join(dir, file)).then(
    () => true,
    () => false,
  );

describe("the passphrase on a terminal", () => {
  const phrase = "Мұғалжар, кілт 2026 жыл";

  it("create asks twice without echo and writes a file that opens with that passphrase", async () => {
    const tty = terminal([phrase, phrase]);
    const created = await sapa(["keys", "create", "--out", "asked.json", "--lang", "kk"], {}, tty);
    expect(created.code).toBe(0);
    expect(tty.asked).toHaveLength(2);
    expect(tty.asked[1]).toContain("тағы бір рет");
    const file = await readFile(join(dir, "asked.json"), "utf8");
    expect((await unlockKeyFile(file, phrase)).keyId).toBe(JSON.parse(file).keyId);
    // keys check asks once, and a wrong answer is refused with exit 2.
    expect((await sapa(["keys", "check", "asked.json"], {}, terminal([phrase]))).code).toBe(0);
    const wrong = await sapa(["keys", "check", "asked.json", "--lang", "ru"], {}, terminal(["не та фраза"]));
    expect(wrong).toMatchObject({ code: 2 });
    expect(wrong.err).toContain("Неверная парольная фраза");
  });

  it("refuses two different answers or a short one, and writes nothing", async () => {
    const mismatch = await sapa(
      ["keys", "create", "--out", "m.json", "--lang", "ru"],
      {},
      terminal([phrase, phrase + "!"]),
    );
    expect(mismatch.code).toBe(2);
    expect(mismatch.err).toContain("не совпадают");
    const short = terminal(["қысқа сөз"]);
    const tooShort = await sapa(["keys", "create", "--out", "s.json", "--lang", "en"], {}, short);
    expect(tooShort.code).toBe(2);
    expect(tooShort.err).toContain("at least 12 characters");
    expect(short.asked).toHaveLength(1);
    expect(await exists("m.json")).toBe(false);
    expect(await exists("s.json")).toBe(false);
  });

  it("without a terminal and without SAPA_KEY_PASSPHRASE says how to give one (exit 2)", async () => {
    const piped = { interactive: false, ask: () => Promise.reject(new Error("must not ask")) };
    const created = await sapa(["keys", "create", "--out", "p.json", "--lang", "en"], {}, piped);
    expect(created.code).toBe(2);
    expect(created.err).toContain("SAPA_KEY_PASSPHRASE");
    const report = await sapa(["report", "--json", "--key", "asked.json", "--year", YEAR, "--lang", "kk"]);
    expect(report.code).toBe(2);
    expect(report.err).toContain("SAPA_KEY_PASSPHRASE");
    expect(await exists("p.json")).toBe(false);
  });
});

describe("sapa keys migrate is gone", () => {
  // No deployment ever stored rows in clear (issue 20): the re-seal command and its route were removed.
  it("is refused as a usage mistake (exit 2) naming the subcommands there are, and asks the server nothing", async () => {
    for (const [lang, usage] of [
      [
        "en",
        "Usage: sapa keys create [--out FILE] · sapa keys show · sapa keys check FILE · sapa keys publish FILE",
      ],
      [
        "ru",
        "Использование: sapa keys create [--out FILE] · sapa keys show · sapa keys check FILE · sapa keys publish FILE",
      ],
    ] as const) {
      const gone = await sapa(["keys", "migrate", "--lang", lang], { SAPA_SERVER: "http://127.0.0.1:9" });
      expect(gone).toEqual({ code: 2, out: "", err: usage });
    }
    const dry = await sapa(["keys", "migrate", "--dry-run", "--lang", "en"]);
    expect(dry).toMatchObject({ code: 2, out: "" });
    expect(dry.err).toContain("Unknown option: --dry-run");
  });
});

describe("sapa submit and the key it seals to", () => {
  it("trusts the first key with its fingerprint, refuses a changed key, sends with --accept-new-key", async () => {
    const dev = await ensureDevRegionKey();
    const file = join(dir, "alga.xlsx");
    await writeRosterWorkbook(
      file,
      "Тізім",
      generateRoster({ seed: 41, rows: 20, district: "alga", lang: "kk", year: YEAR, asOf: AS_OF }),
    );
    const submit = (extra: string[] = []) =>
      sapa(
        ["submit", file, "--district", "alga", "--year", YEAR, "--as-of", AS_OF, "--lang", "ru", ...extra],
        {
          SAPA_TOKEN: "dev-alga",
        },
      );
    const history = async () =>
      (
        await createSapaClient({ server, token: "dev-alga", lang: "en", fetch: worker.fetch }).submissions(
          "alga",
          YEAR,
        )
      ).submissions.length;
    const devPrint = await fingerprintOf(dev.publicKey);

    const first = await submit();
    expect(first.code).toBe(0);
    expect(first.out).toContain("Впервые шифруем на ключ области");
    expect(first.out).toContain(devPrint.hex);
    expect(first.out).toContain(devPrint.digits);
    const second = await submit();
    expect(second.code).toBe(0);
    expect(second.out).not.toContain("Впервые");
    expect(await history()).toBe(2);

    // The region rotates its key (or a server swaps it): the district is told, and nothing is sent.
    const next = await generateRegionKeyPair();
    const region = createSapaClient({ server, token: "dev-region", lang: "en", fetch: worker.fetch });
    const nextFile = await createKeyFile(next, "the centre's next passphrase", {
      iinSecret: createIinSecret(),
    });
    await writeFile(join(dir, "next.json"), JSON.stringify(nextFile));
    const published = await sapa(["keys", "publish", "next.json", "--lang", "kk"]);
    expect(published.code).toBe(0);
    expect(published.out).toContain("Ашық кілт серверде жарияланды");
    expect((await region.currentKey()).keyId).toBe(next.keyId);
    const nextPrint = await fingerprintOf(next.publicKey);
    const refused = await submit();
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("Ключ области изменился");
    for (const text of [devPrint.hex, devPrint.digits, nextPrint.hex, nextPrint.digits, "--accept-new-key"])
      expect(refused.err).toContain(text);
    expect(await history()).toBe(2);

    const accepted = await submit(["--accept-new-key"]);
    expect(accepted.code).toBe(0);
    expect(accepted.out).toContain("Новый ключ области принят");
    expect(await history()).toBe(3);
    const latest = (await region.submissions("alga", YEAR)).submissions[0]!;
    expect((await region.storedRows(latest.id)).encryption?.keyId).toBe(next.keyId);
    // Remembered: the next submission goes to the new key without a word.
    const after = await submit();
    expect(after.code).toBe(0);
    expect(after.out).not.toMatch(/Впервые|Новый ключ/);
  });
});
