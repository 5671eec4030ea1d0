/** `npm run build:fake -w addin`: writes the browser bundle of the fake host for manual use. */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleFakeOffice } from "./bundle.ts";

const out = resolve(fileURLToPath(new URL("../../test-artifacts/fake-office.js", import.meta.url)));
const code = await bundleFakeOffice();
await mkdir(dirname(out), { recursive: true });
await writeFile(out, code);
console.log(`fake office.js: ${out} (${(code.length / 1024).toFixed(0)} KB)`);
