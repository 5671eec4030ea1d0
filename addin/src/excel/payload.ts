const encoder = new TextEncoder();

/** Each read or write chunk is sized to stay under this many bytes (Excel on the web rejects 5 MB payloads). */
export const CHUNK_BYTES = 3_500_000;

/** UTF-8 size of the JSON Office carries for these cells: the basis of every chunk size. */
export function payloadBytes(values: unknown, formats: unknown): number {
  return encoder.encode(JSON.stringify(values)).length + encoder.encode(JSON.stringify(formats)).length;
}
