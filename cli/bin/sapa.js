#!/usr/bin/env node
// Runs the TypeScript source directly (no build step): tsx compiles cli/src and the shared core on load.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/main.ts");
await main();
