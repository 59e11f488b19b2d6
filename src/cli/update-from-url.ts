/**
 * The newest version of a page at a URL, for `update`: asked for with the
 * validators the dataset recorded, so that a page that did not change is
 * answered `304 Not Modified` and nothing is downloaded.
 */

import {inputLimits} from '../input-limits.js'
import {parse} from '../parse.js'
import type {UrlOrigin} from './file-set-manifest.js'
import {defaultTimeoutSeconds} from './input-options.js'
import type {Io} from './io.js'
import {inputText} from './read-input.js'
import {readUrl} from './read-url.js'
import type {Upstream, UpstreamSettings} from './update-upstream.js'

/**
 * Read the page at `url`.
 *
 * The request is conditional (`If-None-Match`, `If-Modified-Since`) only
 * when the dataset is of that one page, read from that URL: then a `304`
 * means the dataset is current. Otherwise (another URL, other pages beside
 * it, no validators recorded) the page is read whole and compared by its
 * SHA-256.
 *
 * @param url
 *   `--from` as given.
 * @param settings
 *   View and the dataset as it is.
 * @param io
 *   Streams of the run (`fetchTimeoutMs`).
 */
export async function upstreamOfUrl(
  url: string,
  settings: UpstreamSettings,
  io: Io
): Promise<Upstream> {
  const known = knownOrigin(url, settings)
  const read = await readUrl(url, {
    timeoutMs: io.fetchTimeoutMs ?? defaultTimeoutSeconds * 1000,
    maxBytes: inputLimits.maxBytes,
    ifNoneMatch: known?.etag,
    ifModifiedSince: known?.lastModified
  })
  if (read.status === 'not-modified') return {status: 'not-modified'}

  const document = parse(inputText(read.bytes, url), {
    view: settings.view,
    path: url
  })
  const origin: UrlOrigin = {
    page: document.source.path ?? url,
    url,
    sha256: document.source.sha256,
    etag: read.etag,
    lastModified: read.lastModified
  }
  return {
    status: 'read',
    hashes: [document.source.sha256],
    pages: async () => ({documents: [document], origins: [origin]})
  }
}

/**
 * The origin of the dataset's one page when it was read from `url` (and
 * the manifest agrees with the model on its SHA-256): its validators may
 * be sent.
 */
function knownOrigin(
  url: string,
  settings: UpstreamSettings
): UrlOrigin | undefined {
  const {documents, origins} = settings.dataset
  const [only] = documents
  if (documents.length !== 1 || only === undefined) return undefined
  const origin = origins?.find(
    (origin): origin is UrlOrigin => 'url' in origin && origin.url === url
  )
  return origin &&
    origin.page === only.source.path &&
    origin.sha256 === only.source.sha256
    ? origin
    : undefined
}
