/**
 * Stage 4, **normalize**: records with names as written → the model
 * (`src/model.ts`): canonical names and ids, one record a thing, sorted.
 */

import type {VFileMessage} from 'vfile-message'
import {createMessage, diagnosticFromMessage} from '../diagnostics.js'
import type {Extraction} from '../extract/index.js'
import {
  schemaVersion,
  type DocumentIdentity,
  type DocumentSource,
  type LocationsDocument,
  type Meta,
  type PageKind,
  type ViewName
} from '../model.js'
import {compareCodeUnits} from '../util/compare-code-units.js'
import {crossChecks} from './cross-checks.js'
import {documentIdentity} from './document-identity.js'
import {isComingSoon, locationMarks} from './location-marks.js'
import {createModelState, type ModelState} from './model-state.js'
import {handleRecords} from './record-handlers.js'
import {repairLists} from './repair-lists.js'
import {sortModel} from './sort-model.js'
import {untranslatedNames} from './untranslated-names.js'

/** What the model says about the document besides its facts. */
export interface ModelContext {
  source: Omit<DocumentSource, 'page' | 'document'>
  view: ViewName
  meta: Meta
  /** Text of the view: its prose tells the page's language. */
  text: string
  /** Diagnostics of earlier stages. */
  messages: VFileMessage[]
}

/**
 * Build the model of one view from its extraction: the list repairs, one
 * handler a kind of record (`record-handlers.ts`), the sorted collections
 * (`sort-model.ts`), then the checks across tables.
 *
 * @param extraction
 *   Records of the view.
 * @param context
 *   Source, view, metadata and earlier diagnostics.
 */
export function modelFromExtraction(
  read: Extraction,
  context: ModelContext
): {document: LocationsDocument; messages: VFileMessage[]} {
  // From here on, the extraction with its lists repaired.
  const {extraction, messages: repairs} = repairLists(read)
  const messages = [
    ...context.messages,
    ...read.messages,
    ...repairs,
    // After the repairs, which split and join names.
    ...untranslatedNames(extraction)
  ]
  const marks = locationMarks(extraction)
  const state = createModelState(messages, marks)
  handleRecords(extraction, state)
  markLocationsComingSoon(state)
  const collections = sortModel(state.records)
  const page = pageKind(extraction)
  const identity = documentIdentity({
    path: context.source.path,
    sha256: context.source.sha256,
    raw: context.meta.raw,
    customized: context.source.customized,
    page,
    locationClouds: collections.locations.map((location) => location.cloud),
    text: context.text
  })
  // Only a page that states facts can be misplaced in a history; an empty
  // or refused page is no version of anything, and says nothing of it.
  if (identity.unknown && extraction.facets.length > 0) {
    messages.push(unknownDocumentMessage(identity.unknown, identity.document))
  }

  const document: LocationsDocument = {
    schemaVersion,
    source: {
      path: context.source.path,
      sha256: context.source.sha256,
      page,
      metadataFormat: context.source.metadataFormat,
      customized: context.source.customized,
      document: identity.document
    },
    view: context.view,
    meta: {
      ...context.meta,
      footnotes: {...context.meta.footnotes, ...extraction.footnotes}
    },
    facets: extraction.facets,
    ...collections,
    diagnostics: []
  }

  messages.push(...crossChecks(extraction, document, marks))
  sortMessages(messages)
  document.diagnostics = messages.map((message) =>
    diagnosticFromMessage(message)
  )
  return {document, messages}
}

/**
 * One answer on coming soon: a location record reads the location-level
 * marks, as its region entries do (`location-marks.ts`).
 */
function markLocationsComingSoon(state: ModelState) {
  for (const record of state.records.locations.values()) {
    record.comingSoon = isComingSoon(
      state.marks.get(record.cloud + ':' + record.id)
    )
  }
}

/** Which layout a page has, from what its tables state. */
function pageKind(extraction: Extraction): PageKind {
  if (extraction.providers.some((record) => record.locations !== null))
    return 'by-provider'
  if (extraction.locations.some((record) => record.providers !== null))
    return 'by-location'
  if (extraction.providers.length > 0) return 'by-provider'
  if (extraction.regions.length > 0) return 'regions-only'
  return 'unknown'
}

/** A page that is a document of its own: what of it is unknown. */
function unknownDocumentMessage(
  unknown: string,
  document: DocumentIdentity
): VFileMessage {
  return createMessage(
    'document-unknown',
    'Cannot tell the ' +
      unknown +
      ' of this page from its path or content; it is a document of its own (`' +
      document.id +
      '`), so no history compares it with another page',
    {line: 1, column: 1, offset: 0}
  )
}

/** Raw-file order, then rule and reason: the same order on every machine. */
function sortMessages(messages: VFileMessage[]) {
  messages.sort(
    (a, b) =>
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compareCodeUnits(String(a.ruleId), String(b.ruleId)) ||
      compareCodeUnits(a.reason, b.reason)
  )
}
