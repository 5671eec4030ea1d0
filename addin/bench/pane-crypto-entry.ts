/**
 * The pane's cryptography as the bench runs it inside Chromium: the shared sealing, key file and opening,
 * bundled for the browser (WebCrypto of the page, as the pane uses it) and timed there.
 */
import {
  createKeyFile,
  generateRegionKeyPair,
  openSubmission,
  sealSubmission,
  unlockKeyFile,
  type Submission,
} from "@sapa/shared";

async function median(runs: number, task: () => Promise<unknown>): Promise<number> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Seals `submission` (the district's submit), creates and unlocks a key file, opens the rows (the region's pull). */
async function run(submission: Submission, passphrase: string, iinSecret: string) {
  const pair = await generateRegionKeyPair();
  const seal = await median(5, () => sealSubmission(submission, pair));
  const sealed = await sealSubmission(submission, pair);
  const file = await createKeyFile(pair, passphrase, { iinSecret });
  const unlockStarted = performance.now();
  const key = await unlockKeyFile(file, passphrase);
  const unlock = performance.now() - unlockStarted;
  const open = await median(5, () => openSubmission(key, sealed));
  const opened = await openSubmission(key, sealed);
  return { seal, unlock, open, openedRows: opened.filter((r) => r.ok).length };
}

(globalThis as unknown as { sapaPaneCrypto: typeof run }).sapaPaneCrypto = run;
