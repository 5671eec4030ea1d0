import { ApiError } from "./errors.ts";

/**
 * Refuses a submission whose rows still carry a clear name or ИИН key (an old client, or a client that
 * did not seal), with an error naming the field, before the schema's generic "unknown field" could.
 */
export function refuseClearIdentity(body: unknown): void {
  if (typeof body !== "object" || body === null || !("rows" in body) || !Array.isArray(body.rows)) return;
  for (const [index, row] of (body.rows as unknown[]).entries()) {
    if (typeof row !== "object" || row === null) continue;
    const at = { index, row: "row" in row && typeof row.row === "number" ? row.row : null };
    if ("fullName" in row) throw new ApiError(400, "clear-name-refused", { ...at, field: "fullName" });
    if ("iinKey" in row) throw new ApiError(400, "clear-iin-key-refused", { ...at, field: "iinKey" });
  }
}
