import { AttestationEntrySchema, OrganizationSummarySchema } from "@sapa/shared";
import type { z } from "zod";

/** The two long lists of a stored summary, each one row per entry in the shared core's order. */
export type ListKind = "organizations" | "attestation";

/** A schema's field names in order; a field that is itself an object carries its own. */
type Shape = readonly (string | readonly [string, Shape])[];

function shapeOf(schema: z.ZodType): Shape {
  const fields = (schema as unknown as { shape: Record<string, z.ZodType> }).shape;
  return Object.entries(fields).map(([name, field]) =>
    "shape" in field && typeof field.shape === "object" ? ([name, shapeOf(field)] as const) : name,
  );
}

/**
 * How an entry of each list is stored: the values in the order of the shared schema's fields (nested
 * objects likewise), as a JSON array. The keys were most of the text: an organisation's entry shrinks from
 * about 510 characters to 160 and an attestation entry from 190 to 110, which D1 writes at every
 * submission and a page reads back. Following the schema, the stored form follows any change to it.
 */
const SHAPES: Record<ListKind, Shape> = {
  organizations: shapeOf(OrganizationSummarySchema),
  attestation: shapeOf(AttestationEntrySchema),
};

function pack(value: Record<string, unknown>, shape: Shape): unknown[] {
  return shape.map((field) =>
    typeof field === "string" ? value[field] : pack(value[field[0]] as Record<string, unknown>, field[1]),
  );
}

function unpack(values: readonly unknown[], shape: Shape): Record<string, unknown> {
  return Object.fromEntries(
    shape.map((field, i) =>
      typeof field === "string" ? [field, values[i]] : [field[0], unpack(values[i] as unknown[], field[1])],
    ),
  );
}

/** An entry of a list in its stored form. */
export function packEntry(kind: ListKind, entry: object): unknown[] {
  return pack(entry as Record<string, unknown>, SHAPES[kind]);
}

/**
 * Entries as stored, back to the list's objects. Entries stored before this form (revisions of migration
 * 0004's time, and their lazily derived lists) are objects already and come back as they are.
 */
export function unpackEntries<T>(kind: ListKind, stored: readonly unknown[]): T[] {
  return stored.map((entry) => (Array.isArray(entry) ? unpack(entry, SHAPES[kind]) : entry) as T);
}
