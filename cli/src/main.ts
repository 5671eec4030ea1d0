import { parseCommandLine, peekLang } from "./args.ts";
import type { CommandLine } from "./command-line.ts";
import { commandSpec } from "./command-table.ts";
import { CliError, EXIT_USAGE } from "./errors.ts";
import { t } from "./messages.ts";
import { helpText } from "./help.ts";
import type { Io } from "./io.ts";
import { terminalPrompt } from "./passphrase.ts";
import { printProblems } from "./problems-output.ts";

/** Runs one `sapa` command line and resolves with its exit status. Never throws. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let lang = peekLang(argv);
  try {
    const line: CommandLine = parseCommandLine(argv);
    lang = line.lang;
    if (line.command === "help" || line.options.help === true) {
      io.out(helpText(line.command === "help" ? line.positionals[0] : line.command, lang));
      return 0;
    }
    const command = commandSpec(line.command)?.run;
    if (command !== undefined) return await command(line, io);
  } catch (error) {
    if (error instanceof CliError) {
      if (error.problems && error.problems.length > 0) printProblems(error.problems, lang, io.err);
      io.err(error.messageIn(lang));
      return error.exitCode;
    }
    // A bug, not a user mistake: still one line, with the stack only on request.
    const message = error instanceof Error ? error.message : String(error);
    io.err(t("unexpected", lang, { message }));
    if (io.env.SAPA_DEBUG && error instanceof Error && error.stack) io.err(error.stack);
    return EXIT_USAGE;
  }
  return EXIT_USAGE;
}

/** The process entry point (bin/sapa.js): runs argv and sets the exit status. */
export async function main(): Promise<void> {
  // A reader that stops early (`sapa report --csv | head`) closes the pipe: the rest of the output has
  // nowhere to go, but the command still finishes (a submission is sent) and exits with its own status.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE")
      process.stderr.write(`${t("unexpected", "en", { message: error.message })}\n`);
  });
  const code = await run(process.argv.slice(2), {
    out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
    env: process.env,
    cwd: process.cwd(),
    secretPrompt: terminalPrompt(),
  });
  // exitCode (not exit()) so piped output is flushed before the process ends.
  process.exitCode = code;
}
