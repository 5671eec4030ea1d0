import { MIN_PASSPHRASE_LENGTH, type Lang } from "@sapa/shared";
import { usageError } from "./errors.ts";
import type { Io, SecretPrompt } from "./io.ts";
import { t } from "./messages.ts";

/**
 * The key file's passphrase: SAPA_KEY_PASSPHRASE, else asked on the terminal without echo. `confirm`
 * (a new key file) asks twice and refuses a mismatch or one shorter than MIN_PASSPHRASE_LENGTH. No
 * variable and no terminal: a clear message, exit 2.
 */
export async function readPassphrase(
  io: Io,
  lang: Lang,
  options: { confirm?: boolean } = {},
): Promise<string> {
  const fromEnv = io.env.SAPA_KEY_PASSPHRASE;
  if (fromEnv !== undefined && fromEnv !== "") return fromEnv;
  const prompt = io.secretPrompt;
  if (prompt === undefined || !prompt.interactive) throw usageError("key-passphrase-missing");
  const first = await prompt.ask(t(options.confirm ? "passphrase-new" : "passphrase-ask", lang));
  if (first === "") throw usageError("key-passphrase-missing");
  if (!options.confirm) return first;
  if ([...first.normalize("NFC")].length < MIN_PASSPHRASE_LENGTH)
    throw usageError("passphrase-short", { min: MIN_PASSPHRASE_LENGTH });
  const second = await prompt.ask(t("passphrase-again", lang));
  if (second.normalize("NFC") !== first.normalize("NFC")) throw usageError("passphrase-mismatch");
  return first;
}

/** The process's terminal prompt: reads a line from stdin in raw mode, echoing nothing. */
export function terminalPrompt(): SecretPrompt {
  const stdin = process.stdin;
  return {
    interactive: stdin.isTTY === true,
    ask: (prompt) =>
      new Promise((resolve, reject) => {
        process.stderr.write(prompt);
        let value = "";
        const finish = (error?: Error) => {
          stdin.off("data", onData);
          stdin.setRawMode(false);
          stdin.pause();
          process.stderr.write("\n");
          if (error) reject(error);
          else resolve(value);
        };
        const onData = (chunk: string) => {
          for (const ch of chunk) {
            if (ch === "\r" || ch === "\n") return finish();
            if (ch === "\u0003" || ch === "\u0004") return finish(usageError("passphrase-cancelled"));
            if (ch === "\u007f" || ch === "\b") value = [...value].slice(0, -1).join("");
            else value += ch;
          }
        };
        stdin.setEncoding("utf8");
        stdin.setRawMode(true);
        stdin.resume();
        stdin.on("data", onData);
      }),
  };
}
