/**
 * `npm run bench -w @sapa/shared` (after the roster bench) or `npx tsx bench/crypto.bench.ts`: the cost of
 * issue 11's cryptography on a district of 5,000 teachers, one line per operation:
 *
 *   crypto op=… rows=N ms=… rows_per_s=…
 *
 * iin-keys: the keyed ИИН keys (HMAC under the region's secret) a district computes on submit; seal: every
 * row's identity sealed to the region's key (one ephemeral key, HKDF, AES-GCM per row); open: the region
 * opening them; open-attestation: the region's attestation list with every name put back (rows opened,
 * names matched by row, the list re-sorted); open-region-duplicates: the region's duplicates across districts,
 * 13 districts × 5,000 sealed rows opened and matched by ИИН key (one submission per district); unlock: opening the key file (PBKDF2-SHA-256, 600,000 iterations); create: writing it.
 * ms is the median of several runs after a warm-up.
 */
import { createIinSecret, deriveIinKey, importIinSecret } from "../src/crypto/iin-key.ts";
import { createKeyFile, DEFAULT_KEY_FILE_ITERATIONS, unlockKeyFile } from "../src/crypto/key-file.ts";
import { generateRegionKeyPair } from "../src/crypto/region-key.ts";
import { openSubmission, sealSubmission } from "../src/crypto/row-seal.ts";
import { crossDistrictDuplicates } from "../src/submission/cross-district-duplicates.ts";
import { openNames, openStoredRows, withOpenedNames } from "../src/submission/open-lists.ts";
import { readRoster } from "../src/roster/roster.ts";
import { fromEncryptedSubmissionRows } from "../src/submission/sealed-rows.ts";
import { summarise } from "../src/figures/summary.ts";
import { generateRoster } from "../sample/roster.ts";
import type { Submission } from "../src/api/schemas.ts";
import { DISTRICT_IDS } from "../src/types.ts";
import { toSubmissionRows } from "../src/submission/submission-rows.ts";

// shared/ compiles without Node's types (it must run in workerd and the browser too): declare what the bench uses.
declare const performance: { now(): number };
declare const console: { log(...args: unknown[]): void };

const ROWS = 5_000;
const ASOF = "2026-05-31";
const PASSPHRASE = "Ақтөбе облыстық әдістемелік орталығы — bench";

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median time of `runs` runs of `task` after one warm-up run. */
async function time(runs: number, task: () => Promise<unknown>): Promise<number> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await task();
    times.push(performance.now() - t0);
  }
  return median(times);
}

function report(op: string, rows: number, ms: number): void {
  const perSecond = rows > 0 ? ` rows_per_s=${Math.round((rows / ms) * 1000)}` : "";
  console.log(`crypto op=${op} rows=${rows} ms=${ms.toFixed(1)}${perSecond}`);
}

const read = readRoster(generateRoster({ seed: 11, rows: ROWS, lang: "kk", district: "alga", asOf: ASOF }), {
  asOf: ASOF,
});
if (read.teachers.length !== ROWS) throw new Error(`expected ${ROWS} teachers, read ${read.teachers.length}`);
const submission: Submission = {
  district: "alga",
  year: "2025-2026",
  asOf: ASOF,
  columns: read.present,
  rows: await toSubmissionRows(read.teachers),
};

const pair = await generateRegionKeyPair();
const iinSecret = createIinSecret();
const secret = await importIinSecret(iinSecret);
const iins = read.teachers.map((t) => t.iin).filter((iin): iin is string => iin !== null);
report(
  "iin-keys",
  iins.length,
  await time(5, () => Promise.all(iins.map((iin) => deriveIinKey(secret, iin)))),
);

report("seal", ROWS, await time(5, () => sealSubmission(submission, pair)));

const file = await createKeyFile(pair, PASSPHRASE, { iinSecret });
const key = await unlockKeyFile(file, PASSPHRASE);
const sealed = await sealSubmission(submission, pair);
const opened = await openSubmission(key, sealed);
if (opened.some((r) => !r.ok)) throw new Error("a sealed row did not open");
report("open", ROWS, await time(5, () => openSubmission(key, sealed)));
const due = summarise(fromEncryptedSubmissionRows(sealed.rows), {
  asOf: ASOF,
  year: "2025-2026",
  district: "alga",
  present: sealed.columns,
}).attestationDue;
report(
  `open-attestation entries=${due.length}`,
  ROWS,
  await time(5, async () => withOpenedNames(due, new Map([["alga", await openNames(key, sealed)]]))),
);

// The region's duplicates: every district's list sealed on its own (its own ephemeral key), the same
// teachers in all 13 (the worst case for matching: 5,000 people in 13 districts each).
const regionLists = await Promise.all(
  DISTRICT_IDS.map(async (district, i) => ({
    id: `s${i}`,
    revision: 1,
    ...(await sealSubmission({ ...submission, district }, pair)),
  })),
);
let people = 0;
report(
  `open-region-duplicates districts=${regionLists.length}`,
  ROWS * regionLists.length,
  await time(3, async () => {
    const opened = await Promise.all(
      regionLists.map(async (stored) => ({
        district: stored.district,
        revision: stored.revision,
        rows: await openStoredRows(key, stored),
      })),
    );
    people = crossDistrictDuplicates(opened).people.length;
  }),
);
if (people !== new Set(submission.rows.map((r) => r.iinKey).filter((k) => k !== null)).size)
  throw new Error(`expected every teacher in all districts, found ${people}`);

report(
  `unlock iterations=${DEFAULT_KEY_FILE_ITERATIONS}`,
  0,
  await time(3, () => unlockKeyFile(file, PASSPHRASE)),
);
report(
  `create iterations=${DEFAULT_KEY_FILE_ITERATIONS}`,
  0,
  await time(3, () => createKeyFile(pair, PASSPHRASE, { iinSecret })),
);
