/**
 * What the page and its reader worker say to each other (Sapa on the web): the page sends a file's bytes
 * and name (or, as the user starts to pick a file, asks the worker to load the reader ahead), the worker answers with the file's sheets or with the error the reader threw, as plain data
 * (a thrown Error loses its own fields on the way between threads: its words in three languages).
 */
import type { Localized } from "@sapa/shared";
import type { FileSheet } from "./file-port.ts";

/** Read a file; or load the reader ahead ("warm"), as the user starts to pick a file. */
export type ReaderRequest = { kind: "read"; id: number; bytes: Uint8Array; name: string } | { kind: "warm" };

/** A thrown error as data: its name and message, and its words and code where it has them (FileReadError). */
export interface ErrorData {
  name: string;
  message: string;
  code?: string;
  text?: Localized;
}

export type ReadReply = { id: number; sheets: FileSheet[] } | { id: number; error: ErrorData };

/** An error as data the other thread can rebuild. */
export function errorData(error: unknown): ErrorData {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const { code, text } = error as { code?: unknown; text?: unknown };
  return {
    name: error.name,
    message: error.message,
    ...(typeof code === "string" ? { code } : {}),
    ...(isLocalized(text) ? { text: { kk: text.kk, ru: text.ru, en: text.en } } : {}),
  };
}

/** The error again, on this side: an Error with the same name, message, code and words. */
export function errorFrom(data: ErrorData): Error {
  const error = new Error(data.message) as Error & { code?: string; text?: Localized };
  error.name = data.name;
  if (data.code !== undefined) error.code = data.code;
  if (data.text !== undefined) error.text = data.text;
  return error;
}

function isLocalized(value: unknown): value is Localized {
  const v = value as Partial<Localized> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.kk === "string" &&
    typeof v.ru === "string" &&
    typeof v.en === "string"
  );
}
