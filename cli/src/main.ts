import { parseCommandLine, peekLang, type CommandLine } from "./args.ts";
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
    switch (line.command) {
      case "check":
        return await (await import("./commands/check.ts")).checkCommand(line, io);
      case "submit":
        return await (await import("./commands/submit.ts")).submitCommand(line, io);
      case "report":
        return await (await import("./commands/report.ts")).reportCommand(line, io);
      case "token":
        return await (await import("./commands/token.ts")).tokenCommand(line, io);
      case "review":
        return await (await import("./commands/review.ts")).reviewCommand(line, io);
      case "status":
        return await (await import("./commands/review.ts")).statusCommand(line, io);
      case "keys":
        return await (await import("./commands/keys.ts")).keysCommand(line, io);
      case "trend":
        return await (await import("./commands/trend.ts")).trendCommand(line, io);
      case "group":
        return await (await import("./commands/group.ts")).groupCommand(line, io);
      case "candidates":
        return await (await import("./commands/candidates.ts")).candidatesCommand(line, io);
      case "duplicates":
        return await (await import("./commands/duplicates.ts")).duplicatesCommand(line, io);
      case "settings":
        return await (await import("./commands/settings.ts")).settingsCommand(line, io);
      case "demo":
        return await (await import("./commands/demo.ts")).demoCommand(line, io);
    }
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
