/**
 * A submission travels gzip-compressed (Content-Encoding: gzip): 5,000 teachers are about 1 MB instead of
 * 3.2 MB, which a district on a slow line feels, and the server keeps the gzip as it arrives. Every platform
 * Sapa runs on has CompressionStream (Office's Chromium and Safari web views, Node); where one does not, the
 * body goes uncompressed and the server takes it the same.
 */
export async function gzipJson(value: unknown): Promise<Uint8Array<ArrayBuffer> | null> {
  if (typeof CompressionStream !== "function") return null;
  const stream = new Blob([JSON.stringify(value)]).stream().pipeThrough(new CompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
