/**
 * What the task pane downloads before it shows anything (issue 19, item 7), measured on a real production
 * build: the scripts taskpane.html loads from our origin (legacy-host.js and the entry module), every chunk
 * the entry imports statically (the modulepreload links), and one language's words, which the pane awaits
 * before its first render (the largest of the three is counted). Sizes are gzip level 9, as served.
 * Used by bench:addin (bench/bundle-size.bench.ts) and held to the aim by pane-weight.test.ts.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/** The aim: the pane's up-front JavaScript at most 200 KB gzip. */
export const UPFRONT_AIM_KB = 200;

const addin = fileURLToPath(new URL("../", import.meta.url));
const LANGS = ["kk", "ru", "en"] as const;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export interface PaneWeight {
  /** Up-front JavaScript, KB gzip: the entry with its static imports, legacy-host.js and the largest words. */
  upfrontKb: number;
  /** Each up-front file (path under dist) with its gzip KB, largest first. */
  upfront: { file: string; kb: number }[];
  /** The words counted (the largest language's) and each language's words, KB gzip. */
  words: { counted: string; kb: Record<(typeof LANGS)[number], number> };
  /** Every JavaScript chunk of the build (the web's and every view's included), KB gzip. */
  totalKb: number;
  chunks: number;
  /** Source maps anywhere in the build (none may be served). */
  maps: string[];
  /** The up-front files that hold zod (its error class's name): none, the pane checks answers lazily. */
  zodUpfront: string[];
}

/**
 * Builds the add-in (pane and web) into `outDir` with the project's vite.config.ts, in a process of its own
 * so the build is the production one whatever the caller's NODE_ENV (vitest sets "test").
 */
export function buildPane(outDir: string): void {
  const vite = join(dirname(createRequire(import.meta.url).resolve("vite/package.json")), "bin", "vite.js");
  const run = spawnSync(
    process.execPath,
    [vite, "build", "--outDir", outDir, "--emptyOutDir", "--manifest", "manifest.json", "--logLevel", "warn"],
    { cwd: addin, env: { ...process.env, NODE_ENV: "production" }, encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`vite build failed (${run.status}):\n${run.stderr}${run.stdout}`);
}

const gzipKb = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Measures a build made by buildPane. */
export function measurePaneWeight(outDir: string): PaneWeight {
  const manifest = JSON.parse(readFileSync(join(outDir, "manifest.json"), "utf8")) as Record<
    string,
    ManifestChunk
  >;
  const entry = manifest["taskpane.html"];
  if (!entry?.isEntry) throw new Error("no taskpane.html entry in the build manifest");
  const upfrontFiles = new Set<string>();
  const withStatic = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || upfrontFiles.has(chunk.file)) return;
    upfrontFiles.add(chunk.file);
    for (const dep of chunk.imports ?? []) withStatic(dep);
  };
  withStatic("taskpane.html");
  // Classic scripts of our own in the page (the legacy-host check runs before anything else).
  const html = readFileSync(join(outDir, "taskpane.html"), "utf8");
  for (const [, src] of html.matchAll(/<script[^>]*\ssrc="\/([^"]+)"/g)) if (src) upfrontFiles.add(src);

  const wordsKb = Object.fromEntries(
    LANGS.map((lang) => {
      const key = Object.keys(manifest).find((k) => k.endsWith(`pane-words/${lang}`));
      if (!key) throw new Error(`no chunk of the pane's ${lang} words in the build manifest`);
      return [lang, gzipKb(join(outDir, manifest[key]!.file))];
    }),
  ) as Record<(typeof LANGS)[number], number>;
  const counted = LANGS.reduce((a, b) => (wordsKb[b] > wordsKb[a] ? b : a));
  const wordsKey = Object.keys(manifest).find((k) => k.endsWith(`pane-words/${counted}`))!;

  const upfront = [...upfrontFiles, manifest[wordsKey]!.file]
    .map((file) => ({ file, kb: gzipKb(join(outDir, file)) }))
    .sort((a, b) => b.kb - a.kb);
  const all = filesUnder(outDir).map((path) => relative(outDir, path));
  const js = all.filter((f) => f.endsWith(".js"));
  return {
    upfrontKb: upfront.reduce((n, f) => n + f.kb, 0),
    upfront,
    words: { counted, kb: wordsKb },
    totalKb: js.reduce((n, f) => n + gzipKb(join(outDir, f)), 0),
    chunks: js.length,
    maps: all.filter((f) => f.endsWith(".map")),
    zodUpfront: [...upfrontFiles].filter((f) => readFileSync(join(outDir, f), "utf8").includes("ZodError")),
  };
}
