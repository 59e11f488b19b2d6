/**
 * Which document a page is a version of: its edition, language and page.
 *
 * The docs have held two pages since 2016, `expressroute-locations.md` (by
 * provider, and before the split the one page, under an earlier path) and
 * `expressroute-locations-providers.md` (by location), in the global and the
 * Azure China edition, in many languages. A history diffs the versions of
 * one document only: two pages state different facets of the same facts.
 */

import type {
  DocumentIdentity,
  DocumentPage,
  Edition,
  PageKind
} from '../model.js'
import {docsLanguages} from './language-evidence.js'
import {languageOfText} from './language-of-text.js'

/** What tells a page's document. */
export interface IdentityEvidence {
  /** Path of the file or of the file in a repository, or `null`. */
  path: string | null
  /** SHA-256 of the raw text: the id of a document that cannot be told. */
  sha256: string
  /** Every metadata key as written. */
  raw: Readonly<Record<string, string>>
  /** Whether the page has Azure China customization comments. */
  customized: boolean
  /** Layout of the page, from its tables. */
  page: PageKind
  /** The cloud of each location the page states (none when it states none). */
  locationClouds: readonly string[]
  /** Text of the view read. */
  text: string
}

/** A document, and what could not be told of it. */
export interface IdentityResult {
  document: DocumentIdentity
  /** What is unknown, in words, when the page is a document of its own; else `null`. */
  unknown: string | null
}

/** The two pages' file names, at every path they have had. */
const pageOfFileName: Readonly<Record<string, DocumentPage>> = {
  'expressroute-locations.md': 'locations',
  'expressroute-locations-providers.md': 'locations-providers'
}

/**
 * The pages' DocFX `ms.assetid`: an article keeps it across renames and
 * translations (every dated version in the corpus that has one has one of
 * these).
 */
const pageOfAssetId: Readonly<Record<string, DocumentPage>> = {
  'c878513a-d594-42ad-8b0e-403efd0c4b25': 'locations',
  'feb67da3-5abc-4acb-bad4-f78e3c541ded': 'locations-providers'
}

/**
 * Metadata keys only the Azure China pipeline writes: `wacn.date` (the ACOM
 * pages of 2015–2017), `origin.date` (the date of the global version a
 * Mooncake page was made from).
 */
const chinaMetadataKeys = ['wacn.date', 'origin.date']

/** Metadata keys that state the page's locale. */
const localeMetadataKeys = ['ms.contentlocale', 'ms.locale', 'locale']

/**
 * A locale as a path segment (`fr-fr`) or a repository suffix
 * (`azure-docs.pt-br`): a language of the docs and a region or script.
 */
const localeInSegment = /(?:^|[._])(([a-z]{2})[-_](?:[a-z]{2}|hans|hant))$/i

/**
 * Tell which document a page is a version of: from its path where the path
 * says (file name, locale folder), else from its content: the edition from
 * China metadata, customization comments, or locations all in the China
 * cloud; the page from `ms.assetid`,
 * else the layout of its tables; the language from locale metadata, else
 * from its prose.
 *
 * @param evidence
 *   Path, metadata, layout and text of the page.
 */
export function documentIdentity(evidence: IdentityEvidence): IdentityResult {
  // `changelog --git` names a version `<path>@<short commit>`.
  const path =
    evidence.path === null
      ? null
      : evidence.path.replace(/@[0-9a-f]{7,40}$/, '')
  const segments = path === null ? [] : path.split(/[\\/]/)
  const fileName = (segments.at(-1) ?? '').toLowerCase()
  const folders = segments.slice(0, -1)

  const edition: Edition =
    evidence.customized ||
    chinaMetadataKeys.some((key) => Object.hasOwn(evidence.raw, key)) ||
    // A page of the China cloud's locations only is the China edition's,
    // whatever metadata it lost (the global pages list every cloud).
    (evidence.locationClouds.length > 0 &&
      evidence.locationClouds.every((cloud) => cloud === 'china')) ||
    folders.some((folder) => /^mc-docs\b/i.test(folder))
      ? 'china'
      : 'global'

  const page: DocumentPage | null =
    lookUp(pageOfFileName, fileName) ??
    lookUp(
      pageOfAssetId,
      (evidence.raw['ms.assetid'] ?? '').trim().toLowerCase()
    ) ??
    pageOfLayout(evidence.page)

  const language =
    firstTag(
      localeMetadataKeys.map((key) =>
        Object.hasOwn(evidence.raw, key) ? evidence.raw[key] : undefined
      )
    ) ??
    firstTag(folders.map((folder) => localeOfFolder(folder))) ??
    languageOfText(evidence.text)

  const missing = [
    page === null ? 'page' : '',
    language === null ? 'language' : ''
  ].filter(Boolean)
  if (missing.length > 0) {
    return {
      document: {
        id: 'unknown/' + evidence.sha256.slice(0, 16),
        edition,
        language,
        page
      },
      unknown: missing.join(' and ')
    }
  }

  return {
    document: {
      id: edition + '/' + language + '/' + page,
      edition,
      language,
      page
    },
    unknown: null
  }
}

/** An own property of a data table, never one of `Object.prototype`. */
function lookUp<T>(table: Readonly<Record<string, T>>, key: string): T | null {
  return Object.hasOwn(table, key) ? (table[key] as T) : null
}

/** The locale a folder's name ends in, when its language is one of the docs'. */
function localeOfFolder(folder: string): string | undefined {
  const match = localeInSegment.exec(folder)
  return match && docsLanguages.has((match[2] as string).toLowerCase())
    ? match[1]
    : undefined
}

/** The page a layout belongs to: the by-provider page was the whole page in 2015. */
function pageOfLayout(layout: PageKind): DocumentPage | null {
  if (layout === 'by-location') return 'locations-providers'
  if (layout === 'by-provider' || layout === 'regions-only') return 'locations'
  return null
}

/** The first value that is a language tag, normalized. */
function firstTag(values: ReadonlyArray<string | undefined>): string | null {
  for (const value of values) {
    const tag = value === undefined ? null : languageTag(value)
    if (tag) return tag
  }

  return null
}

/**
 * A locale as the language of a document: lowercase, the region kept only
 * where the written language differs by it (Simplified or Traditional
 * Chinese, Brazilian or European Portuguese), so that `fr-FR`, `fr-fr` and
 * `fr` are one document.
 */
export function languageTag(value: string): string | null {
  const match = /^([a-z]{2,3})(?:[-_]([a-z]{2,4}))?$/i.exec(value.trim())
  if (!match) return null
  const language = (match[1] as string).toLowerCase()
  const region = (match[2] ?? '').toLowerCase()
  if (language === 'zh') {
    if (['cn', 'sg', 'hans'].includes(region)) return 'zh-cn'
    if (['tw', 'hk', 'mo', 'hant'].includes(region)) return 'zh-tw'
    return null
  }

  if (language === 'pt') return region === 'pt' ? 'pt-pt' : 'pt-br'
  return language
}
