import type { CommandLine } from "../args.ts";
import type { Io } from "../main.ts";

export async function demoCommand(_line: CommandLine, _io: Io): Promise<number> {
  return 2;
}
