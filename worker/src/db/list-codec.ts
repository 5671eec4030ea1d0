import { AttestationEntrySchema, OrganizationSummarySchema } from "@sapa/shared";
import type { z } from "zod";

/** The two long lists of a stored summary, each one row per entry in the shared core's order. */
export type ListKind = "organizations" | "attestation";

/** Field names in stored order; a field that is itself an object carries its own. */
export type Layout = readonly (string | readonly [string, Layout])[];

const CATEGORY_COUNTS: Layout = [
  "none",
  "trainee",
  "pedagog",
  "moderator",
  "expert",
  "researcher",
  "master",
  "legacy-higher",
  "legacy-first",
  "legacy-second",
  "unknown",
];
const EDUCATION_COUNTS: Layout = ["higher", "vocational", "secondary", "unknown"];

/**
 * How an entry of each list is stored: its values as a JSON array, in an order declared here once and never
 * changed (the keys were most of the text: an organisation's entry shrinks from about 510 characters to 160,
 * an attestation entry from 190 to 110). Values are packed and unpacked by name, so reordering a schema's
 * fields in shared/ reads every stored revision right; a field added, removed or renamed (a new category)
 * needs a new format here: list-codec.test.ts fails until its layout matches the schemas, and each
 * revision records its format (submission_figures.list_format), so older revisions keep their layout.
 */
export const LIST_FORMATS: Readonly<Record<number, Record<ListKind, Layout>>> = {
  1: {
    organizations: [
      "district",
      "key",
      "name",
      "teachers",
      ["byCategory", CATEGORY_COUNTS],
      ["byEducation", EDUCATION_COUNTS],
      "qualitativeShare",
      ["awardedInYear", CATEGORY_COUNTS],
    ],
    attestation: ["district", "organization", "fullName", "category", "categoryDate", "expires", "year"],
  },
};

/** The format new revisions are stored in. */
export const LIST_FORMAT = 1;

/** The list schemas whose fields a format's layout must name. */
export const LIST_SCHEMAS: Record<ListKind, z.ZodType> = {
  organizations: OrganizationSummarySchema,
  attestation: AttestationEntrySchema,
};

/** A schema's fields as a layout, in the schema's order. */
export function layoutOf(schema: z.ZodType): Layout {
  const fields = (schema as unknown as { shape: Record<string, z.ZodType> }).shape;
  return Object.entries(fields).map(([name, field]) =>
    "shape" in field && typeof field.shape === "object" ? ([name, layoutOf(field)] as const) : name,
  );
}

/** A layout's field names, nested ones as "parent.child", sorted: what a layout holds whatever its order. */
export function fieldNames(layout: Layout, prefix = ""): string[] {
  return layout
    .flatMap((f) => (typeof f === "string" ? [`${prefix}${f}`] : fieldNames(f[1], `${prefix}${f[0]}.`)))
    .sort();
}

function pack(value: Record<string, unknown>, layout: Layout): unknown[] {
  return layout.map((field) =>
    typeof field === "string" ? value[field] : pack(value[field[0]] as Record<string, unknown>, field[1]),
  );
}

function unpack(values: readonly unknown[], layout: Layout): Record<string, unknown> {
  return Object.fromEntries(
    layout.map((field, i) =>
      typeof field === "string" ? [field, values[i]] : [field[0], unpack(values[i] as unknown[], field[1])],
    ),
  );
}

function layoutFor(kind: ListKind, format: number): Layout {
  const layout = LIST_FORMATS[format]?.[kind];
  if (layout === undefined) throw new Error(`list format ${format} is not known to this worker`);
  return layout;
}

/** An entry of a list in its stored form (the current format). */
export function packEntry(kind: ListKind, entry: object): unknown[] {
  return pack(entry as Record<string, unknown>, layoutFor(kind, LIST_FORMAT));
}

/** Entries as stored in `format`, back to the list's objects. */
export function unpackEntries<T>(kind: ListKind, format: number, stored: readonly unknown[]): T[] {
  const layout = layoutFor(kind, format);
  return stored.map((entry) => unpack(entry as unknown[], layout) as T);
}
