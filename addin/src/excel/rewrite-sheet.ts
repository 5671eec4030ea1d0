/**
 * The sheet Sapa rewrites on every run (summary, report): found by name whatever its case, or added.
 * One sync. The caller clears an existing one (rather than deleting it) so formulas pointing at it survive.
 */
export async function findOrAddSheet(
  context: Excel.RequestContext,
  name: string,
): Promise<{ ws: Excel.Worksheet; existing: boolean }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const found = sheets.items.find((s) => s.name.toLocaleLowerCase() === name.toLocaleLowerCase());
  return { ws: found ? sheets.getItem(found.name) : sheets.add(name), existing: found !== undefined };
}
