/**
 * bench:addin, part 3 — what the task pane downloads before it shows anything (issue 19, item 7): the entry
 * chunk with every chunk it imports statically, plus the one language's words it awaits before the first
 * render. Builds the pane into a temporary directory with vite's manifest and prints, gzip level 9:
 *   pane_js upfront_gzip_kb=… (entry+static imports, words kk) total_gzip_kb=… chunks=N maps=N
 * Everything else (the Excel adapter and sheet writers, the other tabs, the region's views, the other two
 * languages) is fetched when first used or once the pane is idle.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";

const AIM_KB = 200;
const root = fileURLToPath(new URL("../", import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), "sapa-pane-size-"));

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

try {
  await build({
    configFile: join(root, "vite.config.ts"),
    logLevel: "silent",
    build: { outDir, emptyOutDir: true, manifest: "manifest.json" },
  });
  const manifest = JSON.parse(readFileSync(join(outDir, "manifest.json"), "utf8")) as Record<
    string,
    ManifestChunk
  >;
  const gz = (file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
  const withStatic = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const dep of manifest[key]?.imports ?? []) withStatic(dep, seen);
    return seen;
  };
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entry) throw new Error("no entry chunk in the pane's build manifest");
  const words = Object.keys(manifest).find((k) => k.includes("pane-words/kk"));
  const upfront = withStatic(entry);
  if (words) withStatic(words, upfront);
  const files = [...upfront].map((k) => manifest[k]!.file);
  const upfrontKb = files.reduce((n, f) => n + gz(f), 0) / 1024;
  const assets = readdirSync(join(outDir, "assets"));
  const js = assets.filter((f) => f.endsWith(".js"));
  const totalKb = js.reduce((n, f) => n + gz(join("assets", f)), 0) / 1024;
  const maps = assets.filter((f) => f.endsWith(".map")).length;
  console.log(
    `pane_js upfront_gzip_kb=${upfrontKb.toFixed(1)} (entry+static imports ${files.length} files, words kk${words ? "" : " MISSING"}) ` +
      `total_gzip_kb=${totalKb.toFixed(1)} chunks=${js.length} maps=${maps}`,
  );
  console.log(
    `aim (up-front JavaScript at most ${AIM_KB} KB gzip, no source map): ${upfrontKb <= AIM_KB && maps === 0 ? "met" : "NOT met"}`,
  );
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
