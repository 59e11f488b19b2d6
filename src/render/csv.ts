/**
 * CSV as RFC 4180 says, with LF line endings: a field with a comma, a quote
 * or a line ending is quoted, and quotes inside are doubled.
 */

/** A CSV cell value; `null` is an empty field. */
export type CsvValue = string | number | boolean | null

/**
 * Serialize a table.
 *
 * @param columns
 *   Header row.
 * @param rows
 *   Body rows, one value a column.
 */
export function toCsv(columns: string[], rows: CsvValue[][]): string {
  return [columns, ...rows]
    .map((row) => row.map((value) => csvField(value)).join(','))
    .map((line) => line + '\n')
    .join('')
}

function csvField(value: CsvValue): string {
  if (value === null) return ''
  const text = String(value)
  return /[",\r\n]/.test(text) ? '"' + text.replaceAll('"', '""') + '"' : text
}
