/**
 * Public `views`: the two texts of a customized page, with their maps back
 * to the raw file.
 */

import {assertString} from './assert-option.js'
import {diagnosticFromMessage} from './diagnostics.js'
import type {Diagnostic} from './model.js'
import {sourceFromText, type SourceMap} from './source/index.js'

/** The published and upstream texts of a page. */
export interface Views {
  /** What readers of the page saw (deleted text removed, kept text included). */
  published: string
  /** The global page reconstructed (deleted text restored, kept text removed). */
  upstream: string
  /** Maps from offsets of each text to offsets of the raw text. */
  maps: {published: SourceMap; upstream: SourceMap}
  /** Whether the page has customization comments. */
  customized: boolean
  /** Diagnostics of the customization layer. */
  diagnostics: Diagnostic[]
}

/**
 * Materialize the published and upstream views of a page.
 *
 * For a page without customization comments both are the raw text and the
 * maps are the identity.
 *
 * @param text
 *   Raw text of the page.
 * @throws {TypeError}
 *   When `text` is not a string.
 */
export function views(text: string): Views {
  assertString('text', text)
  const source = sourceFromText(text)
  return {
    published: source.published.text,
    upstream: source.upstream.text,
    maps: {published: source.published.map, upstream: source.upstream.map},
    customized: source.customized,
    diagnostics: source.messages.map((message) =>
      diagnosticFromMessage(message)
    )
  }
}
