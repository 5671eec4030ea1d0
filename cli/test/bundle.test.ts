/**
 * The bin runs the esbuild bundle (bin/bundle.mjs) and never a stale one: on a copy of the workspace
 * sources (node_modules linked, @sapa/* pointing at the copies) an edit under cli/src shows at the very
 * next run, through a rebuilt bundle; an unchanged tree reuses the bundle; a build already under way, or
 * SAPA_NO_BUNDLE, runs the sources through tsx, edit included.
 */
import { spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
let root: string;

function sapa(args: string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, "cli/bin/sapa.js"), ...args], {
      env: { ...process.env, SAPA_NO_BUNDLE: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const bundleId = () =>
  (JSON.parse(readFileSync(join(root, "cli/dist/current.json"), "utf8")) as { id: string }).id;

/**
 * Rewrites help's first line. The file's time is set to a distinct moment in the past, so that a clock
 * coarser than the test's pace still shows a change, and the bundle built next records it as seen.
 */
let edits = 0;
function editHelpTitle(title: string) {
  const file = join(root, "cli/src/help.ts");
  const source = readFileSync(file, "utf8").replace(
    /return `[^\\]*\\n\\n\$\{blocks/,
    `return \`${title}\\n\\n\${blocks`,
  );
  writeFileSync(file, source);
  const earlier = new Date(Date.now() - 60_000 * ++edits);
  utimesSync(file, earlier, earlier);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "sapa-bundle-"));
  const copy = (from: string) =>
    cpSync(join(REPO, from), join(root, from), {
      recursive: true,
      filter: (src) => !/\/(dist|node_modules)$/.test(src),
    });
  for (const dir of [
    "cli/bin",
    "cli/src",
    "cli/package.json",
    "shared/src",
    "shared/sample",
    "shared/package.json",
    "client/src",
    "client/package.json",
  ]) {
    copy(dir);
  }
  // The repository's installed packages, except the workspaces themselves, which point at the copies.
  mkdirSync(join(root, "node_modules/@sapa"), { recursive: true });
  for (const name of readdirSync(join(REPO, "node_modules"))) {
    if (name !== "@sapa" && name !== ".bin")
      symlinkSync(join(REPO, "node_modules", name), join(root, "node_modules", name));
  }
  for (const name of ["shared", "client", "cli"])
    symlinkSync(join(root, name), join(root, "node_modules/@sapa", name));
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("the sapa bin", () => {
  it("builds the bundle when there is none, and reuses it while no source changed", async () => {
    expect(existsSync(join(root, "cli/dist"))).toBe(false);
    const first = await sapa(["--help", "--lang", "en"]);
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toMatch(/^Sapa\n\n {2}sapa check FILE\.xlsx/);
    const id = bundleId();
    expect(existsSync(join(root, "cli/dist", id, "main.js"))).toBe(true);
    expect(existsSync(join(root, "cli/dist", id, "commands/check.js"))).toBe(true);

    const again = await sapa(["frobnicate", "--lang", "ru"]);
    expect(again).toMatchObject({ code: 2, stdout: "" });
    expect(again.stderr).toContain("Неизвестная команда: frobnicate");
    expect(bundleId()).toBe(id);
  });

  it("loads at start only the packages a command needs: help none, check no zod and no exceljs", () => {
    // Static imports are what Node loads before the command runs; zod alone costs about 100 ms of CPU.
    const staticImports = (file: string) =>
      [
        ...readFileSync(join(root, "cli/dist", bundleId(), file), "utf8").matchAll(
          /^import .* from "([^"]+)";$/gm,
        ),
      ]
        .map((m) => m[1]!)
        .filter((name) => !name.startsWith("node:"));
    expect(staticImports("main.js")).toEqual([]);
    expect(staticImports("commands/check.js")).toEqual([]);
    expect(staticImports("commands/submit.js")).toContain("zod");
  });

  it("shows an edit under cli/src at the next run, from a rebuilt bundle", async () => {
    const before = bundleId();
    editHelpTitle("Sapa (edited once)");
    const run = await sapa(["--help", "--lang", "kk"]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout.split("\n")[0]).toBe("Sapa (edited once)");
    expect(bundleId()).not.toBe(before);
  });

  it("runs the sources through tsx while another build holds the lock, or with SAPA_NO_BUNDLE=1", async () => {
    const before = bundleId();
    editHelpTitle("Sapa (edited twice)");
    writeFileSync(join(root, "cli/dist/building.lock"), "");
    try {
      const locked = await sapa(["--help"]);
      expect(locked).toMatchObject({ code: 0, stderr: "" });
      expect(locked.stdout.split("\n")[0]).toBe("Sapa (edited twice)");
      expect(bundleId()).toBe(before);
    } finally {
      rmSync(join(root, "cli/dist/building.lock"));
    }
    const unbundled = await sapa(["--help"], { SAPA_NO_BUNDLE: "1" });
    expect(unbundled.stdout.split("\n")[0]).toBe("Sapa (edited twice)");
    expect(bundleId()).toBe(before);
    // The lock gone, the next run rebuilds.
    expect((await sapa(["--help"])).stdout.split("\n")[0]).toBe("Sapa (edited twice)");
    expect(bundleId()).not.toBe(before);
  });
});
