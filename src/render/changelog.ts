/**
 * The changelog as data: what the JSON format writes, and what the Markdown
 * format is rendered from.
 */

import type {Change} from '../diff/index.js'
import type {LocationsDocument} from '../model.js'

/** One document of a version pair, as the changelog names it. */
export interface ChangelogPoint {
  /** `meta.date` of the document (`YYYY-MM-DD`), or `null` (only in `renderDiff`). */
  date: string | null
  /** `source.path` of the document, or `null` for text without a path. */
  path: string | null
  /**
   * `source.document.id` of the document (`global/en/locations`); in a merged
   * changelog, the edition and language whose pages were merged
   * (`global/en`).
   */
  document: string
}

/** What changed from one version to the next. */
export interface ChangelogVersion {
  /** The older document. */
  from: ChangelogPoint
  /** The newer document. */
  to: ChangelogPoint
  /** `diff(from, to)`: sorted by kind, then key. */
  changes: Change[]
}

/** A changelog: consecutive version pairs, newest first. */
export interface Changelog {
  /** Version pairs, newest first. */
  versions: ChangelogVersion[]
}

/** Options of `renderChangelog` and `renderDiff`. */
export interface RenderOptions {
  /** Output format (default: `'markdown'`). */
  format?: 'markdown' | 'json' | null | undefined
}

/** Options of `renderChangelog`. */
export interface ChangelogOptions extends RenderOptions {
  /**
   * Combine the pages of one edition and language into one state of the
   * docs per date, and write the history of those states (default: `false`,
   * one history per document).
   */
  merge?: boolean | null | undefined
}

/** A version pair with both models, as the renderers need them for names. */
export interface VersionPair {
  older: LocationsDocument
  newer: LocationsDocument
  changes: Change[]
}

/** The history of one document (or of one edition and language, merged), as the renderers take it. */
export interface ChangelogSection {
  /** What the versions are versions of: a document id, or `edition/language` when merged. */
  id: string
  /** One sentence on what the versions are. */
  description: string
  /** Version pairs, newest first; none when there is one version. */
  pairs: VersionPair[]
}
