// Runs in workerd, where DecompressionStream's output is a byte stream and `inflate` reads it into one
// growing buffer; a stream of chunks only (Node's) goes through `readUpTo`, tested here on its own.
import { describe, expect, it } from "vitest";
import { InflatedTooLarge, inflate, readUpTo } from "./bytes.ts";

async function gzip(bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Bytes that do not repeat (a seeded LCG): the inflater hands them out in many chunks. */
function noise(length: number, seed = 7): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** Where two byte arrays first differ, or -1 (vitest's deep equality is slow on a megabyte). */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i;
  return -1;
}

/** The gzip with its declared size (ISIZE, the last four bytes) replaced: a liar's hint. */
function withDeclaredSize(gz: Uint8Array<ArrayBuffer>, size: number): Uint8Array<ArrayBuffer> {
  const copy = gz.slice();
  new DataView(copy.buffer).setUint32(copy.byteLength - 4, size >>> 0, true);
  return copy;
}

describe("inflate", () => {
  it("gives back every byte of a body larger than its first buffer", async () => {
    const plain = noise(1_000_000);
    const inflated = await inflate(await gzip(plain));
    expect(inflated.byteLength).toBe(1_000_000);
    expect(firstDifference(inflated, plain)).toBe(-1);
  });

  it("refuses a gzip whose declared size is false, small or 4 GB, as broken", async () => {
    const plain = noise(300_000, 3);
    const gz = await gzip(plain);
    // The declared size sizes the first buffer only (capped by the limit); the inflater checks it at the end.
    await expect(inflate(withDeclaredSize(gz, 10), 1_000_000)).rejects.toThrow();
    await expect(inflate(withDeclaredSize(gz, 0xffffffff), 400_000)).rejects.toThrow();
    expect(firstDifference(await inflate(gz, 400_000), plain)).toBe(-1);
  });

  it("takes a body of exactly the limit and refuses one byte more", async () => {
    const plain = noise(200_000, 5);
    const gz = await gzip(plain);
    expect((await inflate(gz, 200_000)).byteLength).toBe(200_000);
    await expect(inflate(gz, 199_999)).rejects.toBeInstanceOf(InflatedTooLarge);
  });

  it("stops a zip bomb at the limit: 64 MB of zeros inflated no further than 1 MB", async () => {
    const bomb = await gzip(new Uint8Array(64 * 1024 * 1024));
    expect(bomb.byteLength).toBeLessThan(100_000);
    await expect(inflate(bomb, 1024 * 1024)).rejects.toBeInstanceOf(InflatedTooLarge);
  });

  it("fails on a truncated gzip and on bytes that are not gzip", async () => {
    const gz = await gzip(noise(50_000));
    await expect(inflate(gz.slice(0, gz.byteLength - 100))).rejects.toThrow();
    await expect(
      inflate(new TextEncoder().encode('{"rows":[]}') as Uint8Array<ArrayBuffer>),
    ).rejects.toThrow();
  });

  it("inflates an empty body to no bytes", async () => {
    expect((await inflate(await gzip(new Uint8Array(0)))).byteLength).toBe(0);
  });
});

describe("readUpTo (a stream of chunks)", () => {
  const chunks = (sizes: number[]) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        sizes.forEach((size, i) => controller.enqueue(new Uint8Array(size).fill(i + 1)));
        controller.close();
      },
    });

  it("joins the chunks in order", async () => {
    const all = await readUpTo(chunks([3, 1, 2]).getReader(), 6, () => Promise.reject(new Error("no")));
    expect([...all]).toEqual([1, 1, 1, 2, 3, 3]);
  });

  it("hands the rest to tooLarge past the limit", async () => {
    await expect(
      readUpTo(chunks([3, 1, 2]).getReader(), 5, async (reader) => {
        await reader.cancel();
        throw new InflatedTooLarge();
      }),
    ).rejects.toBeInstanceOf(InflatedTooLarge);
  });
});
