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

/** A version pair with both models, as the renderers need them for names. */
export interface VersionPair {
  older: LocationsDocument
  newer: LocationsDocument
  changes: Change[]
}
