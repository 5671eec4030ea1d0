/**
 * The presentation model: every table a client shows (CSV, terminal, xlsx, the add-in's sheets and pane)
 * is built here from the figures, as label keys and typed values; a renderer only lays it out.
 */
import { formatCount } from "../i18n/count.ts";
import { formatPp, formatShare, label, type LabelKey } from "../i18n/labels.ts";
import type { IsoDate, Lang, Localized } from "../types.ts";

/**
 * A text a renderer prints in its language: a catalogue label, something as written (a name, a year),
 * a name given in every language (a district), or texts joined by a separator.
 */
export type Text =
  | LabelKey
  | { readonly text: string }
  | { readonly names: Localized }
  | { readonly join: readonly Text[]; readonly by: string };

/** What a value is, so each renderer formats it its own way (a percent cell, "18,09%", 18,09 in a CSV). */
export type CellKind = "count" | "share" | "pp" | "date" | "timestamp" | "text";

/** One value of a table; null is an empty cell (no figure). */
export type Cell =
  | { readonly kind: "count" | "share" | "pp"; readonly value: number | null }
  | { readonly kind: "date"; readonly value: IsoDate | null }
  | { readonly kind: "timestamp"; readonly value: string | null }
  | { readonly kind: "text"; readonly value: Text | null };

export interface Column {
  /** Stable key (tests, renderers that colour a column). */
  readonly key: string;
  readonly heading: Text;
  /** A shorter heading for narrow renderers (terminal, pane); the heading is the full name. */
  readonly short?: Text;
  readonly kind: CellKind;
}

export interface Row {
  /** Stable key: a category, an education level, a district id, "total", "region"… */
  readonly key: string;
  readonly label: Text;
  /** One cell per column. */
  readonly cells: readonly Cell[];
  /** "total": a sum over the rows above it; "missing": a unit that has not submitted (cells empty). */
  readonly role?: "total" | "missing";
  /** The row speaks of the whole region (not one district). */
  readonly region?: boolean;
}

export interface Table {
  readonly key: string;
  /** What the table shows (a caption above it), or null. */
  readonly title: Text | null;
  /** Heading of the label column. */
  readonly stub: Text;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
}

/** A text in a language. */
export function textIn(text: Text, lang: Lang): string {
  if (typeof text === "string") return label(text, lang);
  if ("text" in text) return text.text;
  if ("names" in text) return text.names[lang];
  return text.join.map((part) => textIn(part, lang)).join(text.by);
}

/** Shorthands for building tables. */
export const cell = {
  count: (value: number | null): Cell => ({ kind: "count", value }),
  share: (value: number | null): Cell => ({ kind: "share", value }),
  pp: (value: number | null): Cell => ({ kind: "pp", value }),
  date: (value: IsoDate | null): Cell => ({ kind: "date", value }),
  timestamp: (value: string | null): Cell => ({ kind: "timestamp", value }),
  text: (value: Text | null): Cell => ({ kind: "text", value }),
  empty: (): Cell => ({ kind: "text", value: null }),
};

/** A column whose heading is its label key's text, unless given. */
export function column(key: string, kind: CellKind, heading: Text = key as LabelKey, short?: Text): Column {
  return { key, heading, kind, ...(short ? { short } : {}) };
}

/** Text joined from parts: `join(": ", "field.category", "unknown")`. */
export function join(by: string, ...parts: Text[]): Text {
  return { join: parts, by };
}

/** Text as written (a name, a year). */
export function verbatim(text: string): Text {
  return { text };
}

/**
 * A cell as text for people (terminal, pane, web): shares "18,09%", gaps "+2,50 п.п.", counts grouped
 * "3 677", dates and timestamps as given, empty cells as "".
 */
export function formatCell(c: Cell, lang: Lang): string {
  if (c.value === null) return "";
  switch (c.kind) {
    case "count":
      return formatCount(c.value, lang);
    case "share":
      return formatShare(c.value, lang);
    case "pp":
      return formatPp(c.value, lang);
    case "text":
      return textIn(c.value, lang);
    default:
      return c.value;
  }
}

/** The column with `key` and its index, or undefined. */
export function columnIndex(table: Table, key: string): number {
  return table.columns.findIndex((c) => c.key === key);
}

/** The table with only the columns `keys`, in that order (a renderer's choice of what to show). */
export function pickColumns(table: Table, keys: readonly string[]): Table {
  const indexes = keys.map((key) => {
    const i = columnIndex(table, key);
    if (i < 0) throw new Error(`table ${table.key} has no column ${key}`);
    return i;
  });
  return {
    ...table,
    columns: indexes.map((i) => table.columns[i]!),
    rows: table.rows.map((row) => ({ ...row, cells: indexes.map((i) => row.cells[i]!) })),
  };
}
