import type { IsoDate, Summary } from "@sapa/shared";

/**
 * Character offsets inside a stored summary's JSON text (exactly `JSON.stringify(summary)`):
 * `head` is where the attestation array's `[` starts (everything before it is the small part of the
 * summary), `orgs` the inside of the byOrganization array, `due` the inside of the attestation array cut
 * into runs of entries with one expiry date ([expires, start, end], in list order).
 */
export interface SummaryLayout {
  v: 1;
  head: number;
  orgs: [number, number];
  due: [IsoDate, number, number][];
}

/** A stored summary taken apart for the report: its small part parsed, its long lists as JSON text. */
export interface SummaryPieces {
  /** The summary with empty `attestationDue` and `byOrganization` (every count and share is kept). */
  head: Summary;
  /** The byOrganization entries as JSON, comma-separated, without brackets ("" when none). */
  orgsJson: string;
  /** The attestation entries as JSON in runs of one expiry date, in list order. */
  due: { expires: IsoDate; json: string }[];
}

const TAIL = '[],"byOrganization":[]}';

/**
 * `JSON.stringify(summary)` (the very same text) and where its long lists sit in it; the layout is null when
 * the summary's keys do not end with attestationDue, byOrganization (then nothing can be spliced).
 */
export function serialiseSummary(summary: Summary): { json: string; layout: SummaryLayout | null } {
  const empty = JSON.stringify({ ...summary, attestationDue: [], byOrganization: [] });
  if (!empty.endsWith(`"attestationDue":${TAIL}`)) return { json: JSON.stringify(summary), layout: null };
  const pieces: string[] = [empty.slice(0, empty.length - TAIL.length), "["];
  let at = empty.length - TAIL.length + 1;
  const due: [IsoDate, number, number][] = [];
  summary.attestationDue.forEach((entry, i) => {
    const text = JSON.stringify(entry);
    if (i > 0) {
      pieces.push(",");
      at += 1;
    }
    const run = due[due.length - 1];
    if (run !== undefined && run[0] === entry.expires) run[2] = at + text.length;
    else due.push([entry.expires, at, at + text.length]);
    pieces.push(text);
    at += text.length;
  });
  pieces.push('],"byOrganization":[');
  at += 20;
  const orgsStart = at;
  summary.byOrganization.forEach((org, i) => {
    const text = i > 0 ? "," + JSON.stringify(org) : JSON.stringify(org);
    pieces.push(text);
    at += text.length;
  });
  pieces.push("]}");
  return {
    json: pieces.join(""),
    layout: { v: 1, head: empty.length - TAIL.length, orgs: [orgsStart, at], due },
  };
}

function isLayout(x: unknown): x is SummaryLayout {
  return typeof x === "object" && x !== null && (x as { v?: unknown }).v === 1;
}

/**
 * Takes a stored summary text apart with its stored layout (JSON text or null). Without a usable layout
 * (rows stored before it existed) the summary is parsed whole and laid out again: slower, same pieces.
 */
export function summaryPieces(json: string, layoutJson: string | null): SummaryPieces {
  let layout: unknown = null;
  let text = json;
  if (layoutJson !== null) layout = JSON.parse(layoutJson);
  if (!isLayout(layout)) {
    const again = serialiseSummary(JSON.parse(json) as Summary);
    text = again.json;
    layout = again.layout;
    if (!isLayout(layout)) throw new Error("summaryPieces: a stored summary has an unexpected key order");
  }
  return {
    head: JSON.parse(text.slice(0, layout.head) + TAIL) as Summary,
    orgsJson: text.slice(layout.orgs[0], layout.orgs[1]),
    due: layout.due.map(([expires, start, end]) => ({ expires, json: text.slice(start, end) })),
  };
}
