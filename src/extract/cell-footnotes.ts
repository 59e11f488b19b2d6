/**
 * Read the legend that explains a footnote marker: `**+** denotes coming soon`.
 */

/** The legend's verb in every language of the survey, between the marker and its meaning. */
const legend =
  /^\s*(?:\*\*|__)?\s*([+*†‡])\s*(?:\*\*|__)?\s*(?:denotes|means|indicates|表示|steht für)\s*(.+?)\s*$/i

/** Korean puts the verb last: `**+**는 서비스 예정을 나타냄`. */
const legendKorean =
  /^\s*(?:\*\*)?\s*([+*])\s*(?:\*\*)?\s*[는은]\s*(.+?)(?:을|를)\s*나타냄\.?\s*$/

/** Meanings that are “coming soon” in other words, folded so the model says one thing. */
const comingSoon =
  /^(?:coming soon|即将推出|即将支持|in kürze|서비스 예정|bientôt disponible|敬請期待)$/i

/**
 * The footnotes a legend explains.
 *
 * `**+** denotes coming soon`, `**+**denotes coming soon`, `**+** 表示即将推出`,
 * `**+** steht für "In Kürze"`, `**+**는 서비스 예정을 나타냄` → `{'+': 'coming soon'}`;
 * another meaning is kept as written. Notes inside cells (`*New ExpressRoute
 * circuits …`) are read by `segmentsFromCell`.
 *
 * @param text
 *   Text of a paragraph or cell note (raw Markdown or plain).
 * @returns
 *   Marker → meaning; `{}` when the text is no legend.
 */
export function footnotesFromText(text: string): Record<string, string> {
  const korean = legendKorean.exec(text)
  const match = korean ?? legend.exec(text)
  if (match) {
    const meaning = match[2]!.replace(/^["“„'「]+|["”“'」.。]+$/g, '').trim()
    return {[match[1]!]: comingSoon.test(meaning) ? 'coming soon' : meaning}
  }

  return {}
}
