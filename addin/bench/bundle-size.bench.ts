/**
 * bench:addin, part 3 — what the task pane downloads before it shows anything (issue 19, item 7). Builds the
 * pane into a temporary directory and prints, gzip level 9 (test/pane-weight.ts says what is counted):
 *   pane_js upfront_gzip_kb=… (N files, words ru) total_gzip_kb=… chunks=N maps=N zod_upfront=N
 *   aim (…at most 200 KB gzip, no source map): met | NOT met
 * Everything else (the client and zod, the roster core, the Excel adapter and sheet writers, the other tabs,
 * the region's views, the other two languages) is fetched once the pane is on screen or when first used.
 * Bytes do not depend on the machine's load: the figure is the same on a busy machine.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UPFRONT_AIM_KB, buildPane, measurePaneWeight } from "../test/pane-weight.ts";

const outDir = mkdtempSync(join(tmpdir(), "sapa-pane-size-"));
try {
  buildPane(outDir);
  const w = measurePaneWeight(outDir);
  console.log(
    `pane_js upfront_gzip_kb=${w.upfrontKb.toFixed(1)} (${w.upfront.length} files, words ${w.words.counted}) ` +
      `total_gzip_kb=${w.totalKb.toFixed(1)} chunks=${w.chunks} maps=${w.maps.length} zod_upfront=${w.zodUpfront.length}`,
  );
  for (const f of w.upfront.slice(0, 5)) console.log(`  ${f.kb.toFixed(1).padStart(6)} KB  ${f.file}`);
  const met = w.upfrontKb <= UPFRONT_AIM_KB && w.maps.length === 0;
  console.log(
    `aim (up-front JavaScript at most ${UPFRONT_AIM_KB} KB gzip, no source map): ${met ? "met" : "NOT met"}`,
  );
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
