/**
 * Normalize the text of a header cell or section title so that spellings
 * of one header compare equal: `**Office  365**`, `Office 365:`,
 * `<strong>Office 365</strong>` and `Office 365` all become `office 365`.
 */

/**
 * Normalize header or section-title text: lowercase, markup stripped,
 * whitespace collapsed, trailing `:` (and a sentence's trailing `.`)
 * removed.
 *
 * Accepts raw Markdown (as written in the page) as well as plain text (as
 * `mdast-util-to-string` gives it), so callers may pass either.
 *
 * @param text
 *   Header cell or section title, raw or plain.
 * @returns
 *   Normalized text; `''` for a cell without words.
 */
export function normalizeHeader(text: string): string {
  return (
    text
      // Full-width forms (`：`, `（`) and compatibility characters fold to ASCII.
      .normalize('NFKC')
      // A heading passed as written keeps its `#` markers.
      .replace(/^\s*#{1,6}(?=\s)/, '')
      // Comments carry no header text (customization markers are resolved by
      // the views; any left would only add noise).
      .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
      // `<br/>` splits words (`Libraries<br/>for Download`); other tags wrap them.
      .replace(/<br\s*\/?>|<\/br>/gi, ' ')
      .replace(/<\/?[a-z][^>]*>/gi, '')
      // Links and DocFX tab links keep their text: `[China cloud](#tab/china-cloud)`.
      .replace(/!?\[([^\]]*)\]\s*\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]/g, '$1')
      .replace(/&nbsp;|&#160;/gi, ' ')
      .replace(/&amp;/gi, '&')
      // Emphasis, code and escapes.
      .replace(/[*`]|(?<![a-z\d])_+|_+(?![a-z\d])/gi, '')
      .replace(/\\(.)/g, '$1')
      // Curly apostrophes (`d’homologation`) compare equal to straight ones.
      .replace(/[\u2018\u2019]/g, "'")
      // Pipes left over from a row's `||` ending are not text.
      .replace(/^[\s|]+|[\s|]+$/g, '')
      .replace(/\s+/g, ' ')
      .toLowerCase()
      .replace(/\s*[:.。]+$/, '')
      .trim()
  )
}
