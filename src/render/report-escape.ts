/**
 * Text put into the report's HTML: every name comes from a page, so every
 * name is escaped, in text, in attributes and inside `<script>` elements.
 */

/**
 * Escape text for HTML text and for an attribute value in double quotes
 * (the only quotes the report writes).
 *
 * @param text
 *   Plain text.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => entities[character] ?? '')
}

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;'
}

/**
 * JSON for a `<script type="application/json">` element: no `<` (so no
 * `</script>` and no `<!--` can end or change the element), nor the two
 * line separators some parsers stumble on; `JSON.parse` of the element's
 * text gives the value back.
 *
 * @param value
 *   A JSON value.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => '\\u' + character.charCodeAt(0).toString(16).padStart(4, '0')
  )
}

/**
 * Code for an inline `<script>` element: a `</script` (in a string of the
 * bundle) written `<\/script`, which means the same in a string, a
 * template or a regular expression, and does not end the element.
 *
 * @param code
 *   JavaScript.
 */
export function scriptCode(code: string): string {
  return code.replace(/<(\/script|!--)/gi, (_, rest: string) =>
    rest === '!--' ? '\\x3C!--' : '<\\' + rest
  )
}
