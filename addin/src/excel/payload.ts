const encoder = new TextEncoder();

/** Each read or write chunk is sized to stay under this many bytes (Excel on the web rejects 5 MB payloads). */
export const CHUNK_BYTES = 3_500_000;

/** UTF-8 size of the JSON Office carries for these cells: the basis of every chunk size. */
export function payloadBytes(values: unknown, formats: unknown): number {
  return encoder.encode(JSON.stringify(values)).length + encoder.encode(JSON.stringify(formats)).length;
}

/**
 * True when Excel refused a batch for its size: Excel on the web says so by code; older desktop builds
 * say only GeneralException, so a batch that was big retries smaller on that too (a real fault then
 * surfaces once the chunks reach their floor).
 */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return (
    code === "RequestPayloadSizeLimitExceeded" ||
    code === "ResponsePayloadSizeLimitExceeded" ||
    code === "GeneralException"
  );
}
