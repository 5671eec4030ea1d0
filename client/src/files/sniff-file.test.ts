import { describe, expect, it } from "vitest";
import { sniffFile } from "./sniff-file.ts";

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (text: string) => Array.from(text).flatMap((ch) => [ch.charCodeAt(0), 0]);
const ascii = (text: string) => Array.from(text, (ch) => ch.charCodeAt(0));

/** A zip holding one stored file of `name`: local header, central directory and end record. */
function zipOf(name: string, content: string): Uint8Array {
  const data = ascii(content);
  const n = ascii(name);
  const u16 = (v: number) => [v & 0xff, v >> 8];
  const u32 = (v: number) => [...u16(v & 0xffff), ...u16(v >>> 16)];
  const local = [
    0x50,
    0x4b,
    3,
    4,
    ...u16(10),
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    ...u32(0),
    ...u32(data.length),
    ...u32(data.length),
    ...u16(n.length),
    0,
    0,
    ...n,
    ...data,
  ];
  const central = [
    0x50,
    0x4b,
    1,
    2,
    ...u16(20),
    ...u16(10),
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    ...u32(0),
    ...u32(data.length),
    ...u32(data.length),
    ...u16(n.length),
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    ...u32(0),
    ...u32(0),
    ...n,
  ];
  const end = [
    0x50,
    0x4b,
    5,
    6,
    0,
    0,
    0,
    0,
    ...u16(1),
    ...u16(1),
    ...u32(central.length),
    ...u32(local.length),
    0,
    0,
  ];
  return new Uint8Array([...local, ...central, ...end]);
}

describe("sniffFile", () => {
  it("takes an OLE container named .xlsx whose streams cannot be found for an encrypted workbook", () => {
    const junk = new Uint8Array([...OLE_SIGNATURE, ...ascii("junk junk junk junk")]);
    expect(sniffFile(junk, "Алға-2026.xlsx")).toBe("file-password");
    expect(sniffFile(junk, "roster.XLSM")).toBe("file-password");
    expect(sniffFile(junk, "roster.xls")).toBe("file-legacy-xls");
  });

  it("tells an encrypted workbook from an .xls by the streams the container names, whatever its name", () => {
    const encrypted = new Uint8Array([...OLE_SIGNATURE, ...utf16("EncryptedPackage")]);
    const legacy = new Uint8Array([...OLE_SIGNATURE, ...utf16("Workbook")]);
    expect(sniffFile(encrypted, "roster.xls")).toBe("file-password");
    // An .xls renamed .xlsx is still an .xls.
    expect(sniffFile(legacy, "roster.xlsx")).toBe("file-legacy-xls");
  });

  it("refuses a zip that holds no workbook (an archive, a Word file) as not a spreadsheet", () => {
    expect(sniffFile(zipOf("notes.txt", "hello"), "roster.xlsx")).toBe("file-not-spreadsheet");
    expect(sniffFile(zipOf("word/document.xml", "<w:document/>"), "roster.xlsx")).toBe(
      "file-not-spreadsheet",
    );
    expect(sniffFile(zipOf("xl/workbook.xml", "<workbook/>"), "roster.xlsx")).toBe("xlsx");
  });
});
