/**
 * Escape text from a page for use inside a Markdown sentence.
 *
 * Names come from the pages and may hold Markdown syntax (a `*` footnote
 * marker, an underscore); unescaped, a star would end the bold around the
 * name, and a bracket could start a link.
 *
 * @param text
 *   Plain text.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&')
}
