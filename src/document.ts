/**
 * The pipeline, composed: raw text → source → blocks → extract → normalize.
 */

import {sha256} from '@noble/hashes/sha2.js'
import {bytesToHex} from '@noble/hashes/utils.js'
import type {VFileMessage} from 'vfile-message'
import {blocksFromView, type BlockCache, type Blocks} from './blocks/index.js'
import {createMessage, diagnosticFromMessage} from './diagnostics.js'
import {extractFromBlocks} from './extract/index.js'
import {checkInput} from './input-limits.js'
import type {LocationsDocument, ViewName} from './model.js'
import {modelFromExtraction} from './normalize/index.js'
import {
  metadataFromView,
  sourceFromText,
  viewOf,
  type Metadata,
  type Source,
  type View
} from './source/index.js'

/** Options for reading a document. */
export interface ReadOptions {
  /** Which view to read (default: `'published'`). */
  view?: ViewName | null | undefined
  /** Path of the file, recorded in `source.path` (default: `null`). */
  path?: string | null | undefined
  /**
   * Whether to reuse the parse of blocks seen before, in other views or
   * versions (default: `true`, a cache shared by every call); a cache made
   * with `createBlockCache` to keep the reuse among some calls (the two
   * views of a page, say). The model is the same either way.
   */
  cache?: BlockCache | boolean | null | undefined
}

/** A page read through every stage. */
export interface ReadDocument {
  source: Source
  view: View
  metadata: Metadata
  blocks: Blocks
  model: LocationsDocument
  /** Every diagnostic of every stage, as vfile messages, in raw-file order. */
  messages: VFileMessage[]
}

/**
 * Read a page through the pipeline.
 *
 * @param text
 *   Raw text of the page.
 * @param options
 *   Configuration (optional).
 */
export function readDocument(
  text: string,
  options?: ReadOptions | null | undefined
): ReadDocument {
  const settings = options || {}
  const refusal = checkInput(text)
  if (refusal) return refuse(text, settings, refusal)

  // A lone CR ends a line for CommonMark but not for the line-based stages:
  // swapping it for LF keeps every offset, line and column. A leading BOM is
  // no content (the CLI drops it too) and micromark does not count it in
  // positions. `source.sha256` stays the hash of the text as given.
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r(?!\n)/g, '\n')

  try {
    const result = readWithinLimits(normalized, settings)
    if (normalized !== text) result.model.source.sha256 = sha256Of(text)
    return result
  } catch (error) {
    // Note: micromark recurses on nesting that `checkInput` does not see
    // (emphasis, links inside links); running out of stack there is a
    // property of the input, reported as such.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      return refuse(
        text,
        settings,
        createMessage(
          'input-too-deep',
          'Unexpected nesting too deep for the Markdown parser (it ran out of stack); the page is not read',
          {line: 1, column: 1, offset: 0}
        )
      )
    }

    throw error
  }
}

/** The pipeline proper, on a text within the limits. */
function readWithinLimits(text: string, settings: ReadOptions): ReadDocument {
  const viewName = settings.view || 'published'
  const source = sourceFromText(text)
  const view = viewOf(source, viewName)
  const metadata = metadataFromView(view, source.place)
  const blocks = blocksFromView(view, text, {
    place: source.place,
    cache:
      settings.cache === false
        ? false
        : settings.cache === true
          ? null
          : settings.cache
  })
  const extraction = extractFromBlocks(blocks)
  const earlier = [...source.messages, ...metadata.messages, ...blocks.messages]
  const {document: model, messages} = modelFromExtraction(extraction, {
    source: {
      path: settings.path ?? null,
      sha256: sha256Of(text),
      metadataFormat: metadata.format,
      customized: source.customized
    },
    view: viewName,
    meta: metadata.meta,
    text: view.text,
    messages: earlier
  })
  return {source, view, metadata, blocks, model, messages}
}

/**
 * The model of a refused page: that of an empty page, with the hash of the
 * text as given and the one diagnostic saying why.
 */
function refuse(
  text: string,
  settings: ReadOptions,
  message: VFileMessage
): ReadDocument {
  const empty = readWithinLimits('', settings)
  const model: LocationsDocument = {
    ...empty.model,
    source: {...empty.model.source, sha256: sha256Of(text)},
    diagnostics: [diagnosticFromMessage(message), ...empty.model.diagnostics]
  }
  return {...empty, model, messages: [message, ...empty.messages]}
}

const encoder = new TextEncoder()

/**
 * Node's own hashing, where the library runs on a Node that can hand it over
 * without an import (`process.getBuiltinModule`, Node 20.16 and later; by
 * its bare name, as the browser bundle holds no `node:` specifier at all):
 * about ten times the speed of the pure implementation, which a history of a
 * thousand versions notices.
 */
const nodeCrypto = (
  globalThis as {
    process?: {getBuiltinModule?: (id: string) => unknown}
  }
).process?.getBuiltinModule?.('crypto') as NodeHashing | undefined

/** The part of `node:crypto` used here (the browser build has no Node types). */
interface NodeHashing {
  createHash(algorithm: 'sha256'): {
    update(text: string): {digest(encoding: 'hex'): string}
  }
}

/**
 * SHA-256 of the UTF-8 bytes of a text, in lowercase hex.
 *
 * A pure implementation (`@noble/hashes`) where `node:crypto` cannot be had
 * synchronously, so that the library runs wherever ES2022 and `TextEncoder`
 * do. A lone surrogate is encoded as U+FFFD by both, as by Node's `'utf8'`:
 * the hashes are the same.
 */
function sha256Of(text: string): string {
  if (nodeCrypto)
    return nodeCrypto.createHash('sha256').update(text).digest('hex')
  return bytesToHex(sha256(encoder.encode(text)))
}
