/**
 * The padded HTML-link form of a page (issue 12 §6), built from a page of
 * the Markdown form: every table rewritten as the 2018 docs conversion wrote
 * them — bold as `<strong>…</strong>`, links as
 * `<a href="URL" data-raw-source="[Name](URL)">Name</a>` (`&` and `"`
 * encoded in the attributes), cells centered in padded columns. Prose is
 * left alone.
 *
 * `fixtures/html-links/*.padded.md` are this function's output for the two
 * 2018 English corpus pages (a test keeps them equal); the real pages of
 * that form are not in the corpus.
 *
 * Note: cells are split on `|` (an escaped `\|` stays in its cell); a link
 * whose text holds `]` or whose URL holds `)` is left as Markdown.
 */

/**
 * Rewrite the tables of `text` in the padded HTML-link form.
 *
 * @param text
 *   A page of the Markdown form.
 */
export function htmlLinkForm(text: string): string {
  const lines = text.split('\n')
  const result: string[] = []
  for (let index = 0; index < lines.length;) {
    if (!(lines[index] as string).startsWith('|')) {
      result.push(lines[index++] as string)
      continue
    }

    const table: string[] = []
    while (index < lines.length && (lines[index] as string).startsWith('|')) {
      table.push(lines[index++] as string)
    }

    result.push(...padded(table))
  }

  return result.join('\n')
}

/** One table, its cells in HTML, padded and centered. */
function padded(table: string[]): string[] {
  const rows = table.map((line) => cellsOf(line).map(html))
  const delimiter = rows[1]?.every((cell) => /^:?-+:?$/.test(cell)) ? 1 : -1
  const widths: number[] = []
  for (const [row, cells] of rows.entries()) {
    if (row === delimiter) continue
    for (const [column, cell] of cells.entries()) {
      widths[column] = Math.max(widths[column] ?? 3, cell.length + 2)
    }
  }

  return rows.map(
    (cells, row) =>
      '|' +
      cells
        .map((cell, column) => {
          const width = widths[column] ?? cell.length + 2
          if (row === delimiter) return '-'.repeat(width)
          const left = Math.floor((width - cell.length) / 2)
          return (
            ' '.repeat(left) + cell + ' '.repeat(width - cell.length - left)
          )
        })
        .join('|') +
      '|'
  )
}

/** The cells of a pipe row, trimmed. */
function cellsOf(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '')
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim())
}

/** A cell's links and bold as HTML. */
function html(cell: string): string {
  return cell
    .replace(
      /\[([^\]]+)\]\(\s*([^)\s]*)\s*\)/g,
      (_, name: string, url: string) =>
        '<a href="' +
        attribute(url) +
        '" data-raw-source="' +
        attribute('[' + name + '](' + url + ')') +
        '">' +
        name +
        '</a>'
    )
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
}

/** A value as a double-quoted attribute holds it. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
}
