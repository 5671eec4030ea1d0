import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import {
  CryptoError,
  createIinSecret,
  createKeyFile,
  fingerprintOf,
  generateRegionKeyPair,
  type Lang,
} from "@sapa/shared";
import { apiOptions, cliClient, orCliError, type ApiOptions } from "../api.ts";
import { stringOption, type CommandLine } from "../command-line.ts";
import { CliError, EXIT_OK, EXIT_USAGE, assertWritable, fileWriteError, usageError } from "../errors.ts";
import type { Io } from "../io.ts";
import { t } from "../messages.ts";
import { readPassphrase } from "../passphrase.ts";
import { keyFilePublicKey, unlockRegionKeyFile } from "../region-key-file.ts";

const SUBCOMMANDS = ["create", "show", "check", "publish"] as const;

async function fingerprintLines(publicKey: string, lang: Lang): Promise<string> {
  const f = await fingerprintOf(publicKey);
  return t("key-fingerprint", lang, { keyId: f.keyId, hex: f.hex, digits: f.digits });
}

/**
 * `sapa keys create [--out FILE]` (a new region key file; passphrase from SAPA_KEY_PASSPHRASE or asked twice
 * on the terminal), `sapa keys show` (the server's current key: id and fingerprint), `sapa keys check FILE`
 * (opens the file: the passphrase is right and the file whole), `sapa keys publish FILE` (its public key
 * becomes the server's current key, region token). Wrong passphrase or key: a clear message, exit 2.
 */
export async function keysCommand(line: CommandLine, io: Io): Promise<number> {
  const lang = line.lang;
  const [action, file] = line.positionals;
  if (!(SUBCOMMANDS as readonly (string | undefined)[]).includes(action)) throw usageError("keys-subcommand");
  // A file named after create (not with --out) would be ignored and the key written under another name.
  if (action === "create" && file !== undefined) throw usageError("keys-create-out", { file });
  if (action === "show" && file !== undefined)
    throw usageError("too-many-args", { arg: file, command: "keys" });
  if (action === "check") {
    if (file === undefined) throw usageError("keys-file-missing");
    const key = await unlockRegionKeyFile(file, io, lang);
    io.out(t("key-file-ok", lang, { file }));
    io.out(await fingerprintLines(key.publicKey, lang));
    return EXIT_OK;
  }
  if (action === "create") {
    const out = resolve(io.cwd, stringOption(line.options, "out") ?? "sapa-region-key.json");
    // Refused before the passphrase is typed twice: a folder, a folder that is not there or not writable, and
    // an existing key file, which is never overwritten.
    await assertWritable(out);
    if (existsSync(out)) throw fileWriteError(out, { code: "EEXIST" });
    const passphrase = await readPassphrase(io, lang, { confirm: true });
    const pair = await generateRegionKeyPair();
    const keyFile = await createKeyFile(pair, passphrase, { iinSecret: createIinSecret() }).catch(
      (error: unknown) => {
        if (error instanceof CryptoError) throw new CliError(EXIT_USAGE, error.messages);
        throw error;
      },
    );
    try {
      await writeFile(out, JSON.stringify(keyFile, null, 2) + "\n", { flag: "wx", mode: 0o600 });
    } catch (error) {
      throw fileWriteError(out, error);
    }
    io.out(t("key-created", lang, { file: out }));
    io.out(await fingerprintLines(pair.publicKey, lang));
    return EXIT_OK;
  }
  const api: ApiOptions = apiOptions(line, io);
  if (action === "publish") {
    if (file === undefined) throw usageError("keys-file-missing");
    // Only the file's clear header is read: the private key stays sealed and never leaves this computer.
    const own = await keyFilePublicKey(file, io.cwd);
    const published = await orCliError(api.server, cliClient(api).publishKey(own));
    io.out(t("key-published", lang, { keyId: published.keyId }));
    io.out(await fingerprintLines(published.publicKey, lang));
    return EXIT_OK;
  }
  const current = await orCliError(api.server, cliClient(api).currentKey());
  io.out(await fingerprintLines(current.publicKey, lang));
  return EXIT_OK;
}
