import { readFileSync } from "node:fs";

let version: string | undefined;

/** The CLI's own version (cli/package.json), sent with submissions as their source. */
export function cliVersion(): string {
  version ??= (
    JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }
  ).version;
  return version;
}
