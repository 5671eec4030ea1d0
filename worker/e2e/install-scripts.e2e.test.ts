import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// npm 11 runs a dependency's install script only when the root package.json's `allowScripts` approves it,
// and warns on every install about the ones it does not cover (issue 10, item 16). npm 10 ignores the field.

const root = fileURLToPath(new URL("../../", import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8")) as {
  allowScripts?: Record<string, boolean>;
};
const lock = JSON.parse(readFileSync(`${root}package-lock.json`, "utf8")) as {
  packages: Record<string, { version?: string; hasInstallScript?: boolean; link?: boolean }>;
};

/** Every locked package with an install script, as name@version. */
const withScripts = Object.entries(lock.packages)
  .filter(([path, p]) => path !== "" && p.hasInstallScript && !p.link)
  .map(
    ([path, p]) => `${path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length)}@${p.version}`,
  );

/** The allowScripts entry covering `name@version` (name-only or pinned), or undefined. */
function decision(spec: string): boolean | undefined {
  const name = spec.slice(0, spec.lastIndexOf("@"));
  return pkg.allowScripts?.[spec] ?? pkg.allowScripts?.[name];
}

describe("install scripts (npm 11 allowScripts)", () => {
  it("approves exactly what the worker's toolchain needs (esbuild, workerd) and denies the rest", () => {
    expect(withScripts.length).toBeGreaterThan(0);
    const uncovered = withScripts.filter((s) => decision(s) === undefined);
    expect(uncovered, "npm install-scripts approve|deny <pkg>").toEqual([]);
    const approved = [
      ...new Set(withScripts.filter((s) => decision(s)).map((s) => s.slice(0, s.lastIndexOf("@")))),
    ];
    expect(approved.sort()).toEqual(["esbuild", "workerd"]);
  });

  it("leaves npm itself nothing to warn about", () => {
    const major = Number(execFileSync("npm", ["--version"], { encoding: "utf8" }).split(".")[0]);
    if (major < 11) return; // npm 10 has no install-script policy and runs every script, as before
    const listed = JSON.parse(
      execFileSync("npm", ["install-scripts", "ls", "--json"], { cwd: root, encoding: "utf8" }),
    ) as { allowScripts: unknown[] };
    expect(listed.allowScripts).toEqual([]);
  });
});
