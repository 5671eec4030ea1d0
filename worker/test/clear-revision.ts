import { REQUIRED_FIELDS, fromSubmissionRows, summarise, type Submission } from "@sapa/shared";
import { insertSubmission } from "../src/db/submissions.ts";
import { targetsTable } from "../src/db/targets.ts";

/**
 * Stores `body` the way the server stored a submission before rows were sealed (issue 11): clear names and
 * ИИН keys in the rows and the attestation list, encryption NULL, sent by `tokenId` (the test tokens'
 * `t-<district>` by default; the dev seed's are `dev-<district>`). Resolves with the new revision's id.
 */
export async function seedClearRevision(
  db: D1Database,
  body: Submission,
  tokenId = `t-${body.district}`,
): Promise<{ id: string; revision: number }> {
  const present = [...new Set([...REQUIRED_FIELDS, ...body.columns])];
  const summary = summarise(fromSubmissionRows(body.rows), {
    asOf: body.asOf,
    year: body.year,
    district: body.district,
    targets: await targetsTable(db),
    present,
  });
  const id = crypto.randomUUID();
  const result = await insertSubmission(db, {
    id,
    district: body.district,
    year: body.year,
    asOf: body.asOf,
    receivedAt: new Date().toISOString(),
    tokenId,
    idempotencyKey: null,
    bodyHash: "seeded",
    rowCount: body.rows.length,
    source: body.source ?? null,
    summary,
    rows: { kind: "rows-json", json: JSON.stringify(body.rows) },
    encryptionJson: null,
  });
  if (result.kind !== "created") throw new Error("seedClearRevision: not created");
  return { id, revision: result.revision };
}
