/** What the CLI benches read about the processes they start (Linux /proc; figures are 0 elsewhere). */
import { readFileSync } from "node:fs";

/** User + system seconds of this process's waited-for children. */
export function childrenCpuSeconds(): number {
  try {
    // Fields after the command name's closing parenthesis: cutime and cstime are the 14th and 15th.
    const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return 0;
  }
}

/** The 1-minute load average, as /proc/loadavg gives it. */
export function loadAverage(): string {
  try {
    return readFileSync("/proc/loadavg", "utf8").split(" ")[0] ?? "?";
  } catch {
    return "?";
  }
}
