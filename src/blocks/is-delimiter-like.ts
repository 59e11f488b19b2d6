/**
 * Whether a line is meant as the delimiter row of a pipe table: only pipes,
 * dashes, colons, and whitespace, with at least one dash. Looser than GFM on
 * purpose: a delimiter row GFM refuses (another cell count than the header)
 * is still one.
 *
 * @param line
 *   One line, without its line ending.
 */
export function isDelimiterLike(line: string): boolean {
  return /^[\s|:-]+$/.test(line) && line.includes('-')
}
