/** More inflated bytes than the caller allows: the inflating stopped there. */
export class InflatedTooLarge extends Error {}

/**
 * The inflated bytes of a gzip, at most `limit` of them (a few kilobytes may inflate to gigabytes: the
 * reading stops at the limit and throws InflatedTooLarge). A broken or truncated gzip throws as
 * DecompressionStream does.
 */
export async function inflate(
  gzip: Uint8Array<ArrayBuffer>,
  limit = Number.POSITIVE_INFINITY,
): Promise<Uint8Array<ArrayBuffer>> {
  // The whole gzip goes in as one write (a third faster in workerd than piping a Blob's stream through).
  const inflater = new DecompressionStream("gzip");
  const writer = inflater.writable.getWriter();
  writer
    .write(gzip)
    .then(() => writer.close())
    .catch(() => {}); // a broken gzip fails the reading below too
  const tooLarge = async (reader: { cancel(): Promise<void> }): Promise<never> => {
    await reader.cancel().catch(() => {});
    throw new InflatedTooLarge();
  };
  const byob = byobReader(inflater.readable);
  if (byob === null) return readUpTo(inflater.readable.getReader(), limit, tooLarge);
  return readInto(byob, firstBuffer(gzip, limit), limit, tooLarge);
}

/** The smallest buffer an inflating read starts with. */
const MIN_BUFFER = 64 * 1024;
/** Deflate's largest ratio of inflated to compressed bytes (about 1032:1, for long runs of one byte). */
const MAX_DEFLATE_RATIO = 1032;

/**
 * The first buffer's size: the inflated size the gzip declares in its last four bytes (ISIZE, modulo
 * 2^32), which is a hint, never trusted: at most one byte past the limit and what the gzip's length could
 * inflate to. The reading still counts every byte against the limit.
 */
function firstBuffer(gzip: Uint8Array, limit: number): number {
  const end = gzip.byteLength;
  const declared =
    end < 4
      ? 0
      : (gzip[end - 4]! | (gzip[end - 3]! << 8) | (gzip[end - 2]! << 16)) + gzip[end - 1]! * 2 ** 24;
  return Math.min(limit + 1, Math.max(MIN_BUFFER, Math.min(declared, end * MAX_DEFLATE_RATIO)));
}

/** A reader that fills buffers it is given, where the runtime offers one for this stream (workerd does). */
function byobReader(stream: ReadableStream<Uint8Array>): ReadableStreamBYOBReader | null {
  try {
    return stream.getReader({ mode: "byob" });
  } catch {
    return null; // a stream of chunks only (Node's DecompressionStream)
  }
}

/**
 * Every byte of a byte stream, read into one buffer of `capacity` that doubles when full, while they are
 * at most `limit`. A few large reads instead of a read per 4 KB chunk: a 3 MB body inflates in a handful.
 */
async function readInto(
  reader: ReadableStreamBYOBReader,
  capacity: number,
  limit: number,
  tooLarge: (reader: ReadableStreamBYOBReader) => Promise<never>,
): Promise<Uint8Array<ArrayBuffer>> {
  let buffer = new ArrayBuffer(capacity);
  let bytes = 0;
  for (;;) {
    if (bytes === buffer.byteLength) {
      if (bytes > limit) return tooLarge(reader);
      const grown = new Uint8Array(Math.min(limit + 1, bytes * 2));
      grown.set(new Uint8Array(buffer));
      buffer = grown.buffer;
    }
    // The read takes the buffer and hands it back in `value`, holding what it added after `bytes`.
    const { done, value } = await reader.read(new Uint8Array(buffer, bytes));
    if (value === undefined) throw new TypeError("the inflating stream was cancelled");
    buffer = value.buffer as ArrayBuffer;
    bytes += value.byteLength;
    if (done) break;
  }
  if (bytes > limit) return tooLarge(reader);
  return new Uint8Array(buffer, 0, bytes);
}

/**
 * Every byte of a stream, joined, while they are at most `limit`; past it, `tooLarge` decides what becomes
 * of the rest of the stream and throws.
 */
export async function readUpTo(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  limit: number,
  tooLarge: (reader: ReadableStreamDefaultReader<Uint8Array>) => Promise<never>,
): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limit) return tooLarge(reader);
    chunks.push(value);
  }
  return concat(chunks, bytes);
}

/** Chunks joined into one array of `bytes` bytes. */
export function concat(chunks: readonly Uint8Array[], bytes: number): Uint8Array<ArrayBuffer> {
  const all = new Uint8Array(bytes);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}
