// Data tables: a text browser draws a table row as cells set apart by runs of spaces. A run of
// rows with the same number of columns (three or more) is a table of data — standings,
// schedules, prices — which is article content, while layout tables and forms rarely keep one
// column count for long. Linear: one pass over the lines.

import type { Classified } from "./classify.ts";

/** A data table has at least this many rows with the same column count... */
export const MIN_TABLE_ROWS = 4;
/** ...and at least this many columns (a two-column row is as often a label and a field). */
export const MIN_TABLE_COLUMNS = 3;

/** Whether a line can be a row of a data table: columns apart, no chrome marker, no list marker. */
function rowColumns(c: Classified): number {
  if (c.f.bullet || (c.marker && c.marker !== "teaser")) return 0;
  const columns = c.f.columnGaps + 1;
  return columns >= MIN_TABLE_COLUMNS ? columns : 0;
}

/** For each line, whether it is a row of a data table (a run of rows with one column count). */
export function dataTableRows(cls: readonly Classified[]): Uint8Array {
  const rows = new Uint8Array(cls.length);
  let start = 0;
  for (let i = 1; i <= cls.length; i++) {
    const columns = rowColumns(cls[start]!);
    if (i < cls.length && columns > 0 && rowColumns(cls[i]!) === columns) continue;
    if (columns > 0 && i - start >= MIN_TABLE_ROWS) rows.fill(1, start, i);
    start = i;
  }
  return rows;
}
