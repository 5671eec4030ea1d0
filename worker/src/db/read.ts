/**
 * A read that can share one D1 batch with others: its statement and how its rows are read. A batch is one
 * round trip and one snapshot; reads sent one by one are a round trip each (about 5 ms apiece in `wrangler
 * dev`, and D1 answers them one after another).
 */
export interface Read<T> {
  statement: D1PreparedStatement;
  read(rows: readonly unknown[]): T;
}

type Results<R extends readonly Read<unknown>[]> = { [K in keyof R]: R[K] extends Read<infer T> ? T : never };

/** Runs `reads` in one D1 batch; resolves with each one's result, in order. */
export async function readTogether<const R extends readonly Read<unknown>[]>(
  db: D1Database,
  reads: R,
): Promise<Results<R>> {
  const results = await db.batch(reads.map((r) => r.statement));
  return reads.map((r, i) => r.read(results[i]?.results ?? [])) as Results<R>;
}

/** Runs one read. */
export async function readOne<T>(db: D1Database, read: Read<T>): Promise<T> {
  const [result] = await readTogether(db, [read] as const);
  return result;
}

/** A read of at most one row, mapped by `map`, or `empty` when there is none. */
export function firstRow<Row, T>(statement: D1PreparedStatement, map: (row: Row) => T, empty: T): Read<T> {
  return { statement, read: (rows) => (rows.length === 0 ? empty : map(rows[0] as Row)) };
}
