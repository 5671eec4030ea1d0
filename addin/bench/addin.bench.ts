/**
 * bench:addin — the "Check" click on the fake Excel host: the adapter's read (syncs and bytes per sync as
 * the fake measures them) plus the shared readRoster + summarise, up to the problem list's data being ready.
 * Rendering the list is measured in the browser by the e2e test; Excel's own round-trip latency is not here.
 * Prints one line per size: rows=N syncs=… max_sync_mb=… mean_sync_mb=… (MiB, request + response) ms=… problems=…
 */
import { readRoster as checkRoster, summarise } from "@sapa/shared";
import { generateRoster } from "@sapa/shared/sample";
import { createFakeWorkbook, installFakeOffice } from "../test/fake-office/index.ts";
import { readRoster } from "../src/excel/index.ts";

const ASOF = "2026-05-31";
const SIZES = [1_000, 5_000, 50_000];
const MB = 1024 * 1024;

async function clickCheck() {
  const read = await readRoster();
  const checked = checkRoster(read.input, { asOf: ASOF });
  const summary = summarise(checked.teachers, { asOf: ASOF, present: checked.present });
  return { read, checked, summary };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

let aimsMet = true;
for (const rows of SIZES) {
  const grid = generateRoster({ seed: 2026, rows, lang: "ru", messy: true });
  const wb = createFakeWorkbook({
    sheets: { "Список педагогов": { values: grid.values, numberFormats: grid.numberFormats } },
  });
  installFakeOffice(globalThis, wb);
  await clickCheck(); // warm-up: JIT and memoised normalisers, as after the pane's first check

  const runs = rows <= 5_000 ? 5 : 3;
  const times: number[] = [];
  let last: Awaited<ReturnType<typeof clickCheck>> | null = null;
  for (let i = 0; i < runs; i++) {
    wb.resetSyncs();
    const t0 = performance.now();
    last = await clickCheck();
    times.push(performance.now() - t0);
  }
  const sizes = wb.syncs.map((s) => s.requestBytes + s.responseBytes);
  const max = Math.max(...sizes) / MB;
  const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length / MB;
  const ms = median(times);
  console.log(
    `rows=${rows} syncs=${wb.syncs.length} max_sync_mb=${max.toFixed(2)} mean_sync_mb=${mean.toFixed(2)} ` +
      `ms=${ms.toFixed(0)} teachers=${last!.summary.teachers} problems=${last!.checked.problems.length}`,
  );
  if ((rows <= 5_000 && wb.syncs.length !== 1) || max * MB >= 4_000_000) aimsMet = false;
}
console.log(`aim (1 read sync up to 5,000 rows, every sync under 4 MB): ${aimsMet ? "met" : "NOT met"}`);
