import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UPFRONT_AIM_KB, buildPane, measurePaneWeight, type PaneWeight } from "./pane-weight.ts";

/**
 * The pane's start-up weight on a real production build (issue 19, item 7). Bytes do not depend on the
 * machine: the same sources give the same figure, so the aim is a test. The build takes several seconds.
 */
describe("the task pane's up-front JavaScript", () => {
  let outDir: string;
  let weight: PaneWeight;

  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), "sapa-pane-weight-"));
    buildPane(outDir);
    weight = measurePaneWeight(outDir);
  }, 180_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it(`is at most ${UPFRONT_AIM_KB} KB gzip, one language's words included`, () => {
    expect(weight.upfrontKb).toBeGreaterThan(50); // a real pane was measured, not an empty page
    expect(weight.upfrontKb, JSON.stringify(weight.upfront.slice(0, 8))).toBeLessThanOrEqual(UPFRONT_AIM_KB);
    // Each language's words are a chunk of their own, fetched on demand; only one is counted above.
    for (const kb of Object.values(weight.words.kb)) expect(kb).toBeGreaterThan(3);
  });

  it("holds no zod: the pane checks server answers with the client it loads on its first request", () => {
    expect(weight.zodUpfront).toEqual([]);
  });

  it("writes no source map, and the worker would not serve one", () => {
    expect(weight.maps).toEqual([]);
    // addin/dist is the worker's static assets: .assetsignore keeps any map a build might add unpublished.
    const ignore = join(outDir, ".assetsignore");
    expect(existsSync(ignore)).toBe(true);
    expect(readFileSync(ignore, "utf8").split("\n")).toContain("*.map");
  });
});
