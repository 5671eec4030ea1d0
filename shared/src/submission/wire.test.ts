import { beforeAll, describe, expect, it } from "vitest";
import { readRoster } from "../roster/roster.ts";
import { generateRoster } from "../../sample/roster.ts";
import { createIinSecret } from "../crypto/iin-key.ts";
import { createKeyFile, unlockKeyFile } from "../crypto/key-file.ts";
import { generateRegionKeyPair } from "../crypto/region-key.ts";
import { sealSubmission } from "../crypto/row-seal.ts";
import { EncryptedSubmissionRowSchema, type EncryptedSubmission } from "../crypto/schemas.ts";
import { toSubmissionRows } from "./submission-rows.ts";
import {
  SEALED_ROW_FIELDS,
  WireSubmissionSchema,
  fromWire,
  namedWirePath,
  rowValues,
  storedRowReader,
  toWire,
} from "./wire.ts";

let sealed: EncryptedSubmission;

beforeAll(async () => {
  const asOf = "2026-05-31";
  const grid = generateRoster({ seed: 5, rows: 40, district: "temir", lang: "ru", year: "2025-2026", asOf });
  const read = readRoster(grid, { asOf });
  const key = await unlockKeyFile(
    await createKeyFile(await generateRegionKeyPair(), "wire test passphrase", {
      iinSecret: createIinSecret(),
      iterations: 100_000,
    }),
    "wire test passphrase",
  );
  sealed = await sealSubmission(
    {
      district: "temir",
      year: "2025-2026",
      asOf,
      columns: read.present,
      rows: await toSubmissionRows(read.teachers),
    },
    key,
  );
});

describe("the submission's wire form", () => {
  it("names every field of a sealed row once, so a field added to the row cannot be left off the wire", () => {
    expect([...SEALED_ROW_FIELDS].sort()).toEqual(Object.keys(EncryptedSubmissionRowSchema.shape).sort());
    expect(new Set(SEALED_ROW_FIELDS).size).toBe(SEALED_ROW_FIELDS.length);
  });

  it("puts each value at its field's position, and reads back the same submission", () => {
    const wire = toWire(sealed);
    expect(wire.rowFields).toEqual([...SEALED_ROW_FIELDS]);
    expect(wire.rows).toHaveLength(40);
    for (const [i, row] of sealed.rows.entries())
      SEALED_ROW_FIELDS.forEach((field, at) => expect(wire.rows[i]![at]).toEqual(row[field]));
    // Through JSON and the schema, as the server receives it.
    const received = WireSubmissionSchema.parse(JSON.parse(JSON.stringify(wire)));
    expect(fromWire(received)).toEqual(sealed);
    expect(received.encryption).toEqual(sealed.encryption);
  });

  it("is about a third smaller than rows as objects", () => {
    const objects = JSON.stringify(sealed).length;
    const values = JSON.stringify(toWire(sealed)).length;
    expect(values / objects).toBeLessThan(0.75);
  });

  it("refuses another field order, a short row and a bad value, naming the field", () => {
    const wire = JSON.parse(JSON.stringify(toWire(sealed))) as Record<string, unknown> & {
      rows: unknown[][];
    };
    const reordered = { ...wire, rowFields: [...SEALED_ROW_FIELDS].reverse() };
    expect(WireSubmissionSchema.safeParse(reordered).success).toBe(false);
    const short = { ...wire, rows: [wire.rows[0]!.slice(0, 13)] };
    expect(WireSubmissionSchema.safeParse(short).success).toBe(false);
    const bad = { ...wire, rows: [rowValues({ ...sealed.rows[0]!, category: "bogus" as never })] };
    const result = WireSubmissionSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(namedWirePath(result.error!.issues[0]!.path)).toEqual(["rows", 0, "category"]);
    expect(namedWirePath(["columns", 2])).toEqual(["columns", 2]);
  });

  it("reads a kept body by its own field order, whatever order today's wire has", () => {
    const wire = toWire(sealed);
    const read = storedRowReader(wire.rowFields);
    expect(wire.rows.map(read)).toEqual(sealed.rows);
    // An older release's order (every field, reversed) reads to the same rows.
    const reversed = [...SEALED_ROW_FIELDS].reverse();
    const older = wire.rows.map((values) => [...values].reverse());
    expect(older.map(storedRowReader(reversed))).toEqual(sealed.rows);
  });

  it("gives a field the kept body lacks null, and keeps a field today's rows lack under its name", () => {
    const row = sealed.rows.find((r) => r.mentor !== null)!;
    const values = rowValues(row);
    const withoutMentor = SEALED_ROW_FIELDS.filter((f) => f !== "mentor");
    const lacking = storedRowReader(withoutMentor)(
      values.filter((_, at) => SEALED_ROW_FIELDS[at] !== "mentor"),
    );
    expect(lacking).toEqual({ ...row, mentor: null });
    const withShoeSize = storedRowReader(["shoeSize", ...SEALED_ROW_FIELDS])([38, ...values]);
    expect(withShoeSize).toEqual({ ...row, shoeSize: 38 });
  });
});
