/**
 * Read a page over `http:` or `https:` with Node's `fetch`, within bounds:
 * a deadline for the whole read, a few redirects, a size limit applied
 * while the body streams in, and conditional requests, so that a job that
 * asks again (`update`) downloads nothing when nothing changed.
 */

import {STATUS_CODES} from 'node:http'
import {fetchFailure, type UrlFailureKind} from './fetch-failure.js'
import {UsageError} from './io.js'
import {isReadScheme} from './url-argument.js'
import {version} from './version.js'

/** Options of `readUrl`. */
export interface ReadUrlOptions {
  /**
   * Most milliseconds for the whole read: connecting, every redirect and
   * the whole body (above about 24.8 days, the longest timer, it is that).
   */
  timeoutMs: number
  /**
   * Most bytes of the body, after decompression, a leading UTF-8 BOM not
   * counted (it is no part of the text): more is refused while it streams.
   */
  maxBytes: number
  /** ETag of the copy the caller has, sent as `If-None-Match` (default: none). */
  ifNoneMatch?: string | null | undefined
  /** `Last-Modified` of the copy the caller has, sent as `If-Modified-Since` (default: none). */
  ifModifiedSince?: string | null | undefined
}

/** The validators of an answer, for the next conditional request. */
export interface UrlValidators {
  /** Final URL, after redirects. */
  url: string
  /** `ETag` of the answer, or `null` when it has none. */
  etag: string | null
  /** `Last-Modified` of the answer, or `null` when it has none. */
  lastModified: string | null
}

/** A body read. */
export interface UrlContent extends UrlValidators {
  status: 'ok'
  /** The body, decompressed (`gzip`), as sent: BOM and all. */
  bytes: Uint8Array
}

/**
 * A `304 Not Modified` to a conditional request: the copy the caller has
 * is current. Validators the answer does not repeat are the ones sent.
 */
export interface UrlNotModified extends UrlValidators {
  status: 'not-modified'
}

/** What `readUrl` gives. */
export type UrlRead = UrlContent | UrlNotModified

/**
 * A URL that cannot be read: a `UsageError` (exit 2, one line), with the
 * kind of failure for callers that treat them apart.
 */
export class UrlReadError extends UsageError {
  override name = 'UrlReadError'
  /** What failed. */
  readonly kind: UrlFailureKind

  /**
   * @param url
   *   URL as given.
   * @param kind
   *   What failed.
   * @param reason
   *   Why, one clause.
   */
  constructor(url: string, kind: UrlFailureKind, reason: string) {
    super('Cannot read `' + url + '`: ' + reason)
    this.kind = kind
  }
}

/** Most redirects followed (curl's `--max-redirs` of many tools; browsers allow 20). */
export const maxRedirects = 5

/** The longest delay of `setTimeout` (a longer one fires at once). */
const longestTimer = 2 ** 31 - 1

/** Statuses that redirect with a `Location` (`300`, `304` and `305` do not). */
const redirectStatuses = new Set([301, 302, 303, 307, 308])

/** Why the request was aborted: the deadline (any other abort is ours). */
const deadline = new Error('deadline')

/**
 * Read the body of an `http:` or `https:` URL.
 *
 * Redirects are followed here (`redirect: 'manual'`), at most
 * `maxRedirects`, a relative `Location` resolved against the URL that
 * gave it; a URL seen before is a loop, a `Location` with another scheme
 * (`file:`) is refused. `gzip` is asked for and decompressed by `fetch`;
 * the size limit counts decompressed bytes, so a gzip bomb is refused after
 * `maxBytes`, not after it is inflated. A `Content-Length` over the limit
 * is refused before the body is read (of an uncompressed body only: that of
 * a compressed one says nothing of its size).
 *
 * @param url
 *   The URL, as given (messages name it so).
 * @param options
 *   Limits and validators.
 * @returns
 *   The body and its validators, or, to a conditional request, that the
 *   copy the caller has is current.
 * @throws {UrlReadError}
 *   When the URL cannot be read: one line saying why (DNS, refused, TLS,
 *   timeout, status, too large, redirects).
 */
export async function readUrl(
  url: string,
  options: ReadUrlOptions
): Promise<UrlRead> {
  const controller = new AbortController()
  const delay = Math.min(
    Math.max(Math.ceil(options.timeoutMs), 1),
    longestTimer
  )
  const timer = setTimeout(() => controller.abort(deadline), delay)
  // The URL being requested: a failure names its host, which a redirect
  // may have changed.
  const request = {current: url}

  try {
    return await follow(url, options, controller.signal, request)
  } catch (error) {
    if (controller.signal.reason === deadline) {
      throw new UrlReadError(
        url,
        'timeout',
        'no whole answer within ' +
          delay / 1000 +
          ' s (set the limit with `--timeout <seconds>`)'
      )
    }

    if (error instanceof UrlReadError) throw error
    const failure = fetchFailure(error, hostOf(request.current))
    throw new UrlReadError(url, failure.kind, failure.reason)
  } finally {
    clearTimeout(timer)
    // Closes the connection of a body refused or left unread; after a whole
    // body it does nothing.
    controller.abort()
  }
}

/** Request `url`, following redirects, and read the final answer. */
async function follow(
  url: string,
  options: ReadUrlOptions,
  signal: AbortSignal,
  request: {current: string}
): Promise<UrlRead> {
  let current = httpUrl(url, url)
  const seen = [current.href]
  const headers: Record<string, string> = {
    'accept-encoding': 'gzip',
    'user-agent': 'er-locations/' + version
  }
  if (options.ifNoneMatch) headers['if-none-match'] = options.ifNoneMatch
  if (options.ifModifiedSince)
    headers['if-modified-since'] = options.ifModifiedSince

  for (;;) {
    const response = await fetch(current, {headers, redirect: 'manual', signal})

    if (!redirectStatuses.has(response.status)) {
      return answer(url, current, response, options)
    }

    await discard(response)
    const location = response.headers.get('location')
    if (location === null) {
      throw new UrlReadError(
        url,
        'redirect',
        'the server answered ' + statusOf(response) + ' without a `Location`'
      )
    }

    let next: URL
    try {
      next = new URL(location, current)
    } catch {
      throw new UrlReadError(
        url,
        'redirect',
        'the server redirected to `' + location + '`, which is not a URL'
      )
    }

    if (!isReadScheme(next.protocol)) {
      throw new UrlReadError(
        url,
        'redirect',
        'the server redirected to `' +
          next.href +
          '`: only `http:` and `https:` URLs are read'
      )
    }

    // As for the URL given: `fetch` refuses them, with no word of why.
    if (next.username !== '' || next.password !== '') {
      throw new UrlReadError(
        url,
        'redirect',
        'the server redirected to a URL with a user name or password, which is not read'
      )
    }

    if (seen.includes(next.href)) {
      throw new UrlReadError(
        url,
        'redirect',
        'a redirect loop (' +
          [...seen.slice(seen.indexOf(next.href)), next.href]
            .map((href) => '`' + href + '`')
            .join(' → ') +
          ')'
      )
    }

    if (seen.length > maxRedirects) {
      throw new UrlReadError(
        url,
        'redirect',
        'more than ' +
          maxRedirects +
          ' redirects (stopped before `' +
          next.href +
          '`)'
      )
    }

    seen.push(next.href)
    current = next
    request.current = next.href
  }
}

/** The final answer: a body, a `304`, or a failure status. */
async function answer(
  url: string,
  final: URL,
  response: Response,
  options: ReadUrlOptions
): Promise<UrlRead> {
  const validators: UrlValidators = {
    url: final.href,
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified')
  }

  if (
    response.status === 304 &&
    (options.ifNoneMatch || options.ifModifiedSince)
  ) {
    await discard(response)
    return {
      status: 'not-modified',
      url: validators.url,
      etag: validators.etag ?? options.ifNoneMatch ?? null,
      lastModified: validators.lastModified ?? options.ifModifiedSince ?? null
    }
  }

  if (response.status < 200 || response.status > 299) {
    await discard(response)
    throw new UrlReadError(
      url,
      'status',
      'the server answered ' +
        statusOf(response) +
        (response.status === 304
          ? ' to a request that was not conditional'
          : '')
    )
  }

  // The length of a compressed body says nothing of its size once inflated.
  const encoding = response.headers.get('content-encoding')
  const declared = Number(response.headers.get('content-length') ?? Number.NaN)
  if (
    (encoding === null || encoding.trim().toLowerCase() === 'identity') &&
    declared > options.maxBytes + 3
  ) {
    throw tooLarge(url, options.maxBytes)
  }

  return {
    status: 'ok',
    ...validators,
    bytes: await readBody(url, response, options.maxBytes)
  }
}

/**
 * The body of `response`, chunk by chunk, refused as soon as it is over
 * `maxBytes` (and a BOM).
 */
async function readBody(
  url: string,
  response: Response,
  maxBytes: number
): Promise<Uint8Array> {
  if (response.body === null) return new Uint8Array()
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let length = 0

  try {
    for (;;) {
      const {done, value} = await reader.read()
      if (done) break
      length += value.length
      // Over even with a BOM: no need to look at the first bytes yet.
      if (length > maxBytes + 3) throw tooLarge(url, maxBytes)
      chunks.push(value)
    }
  } catch (error) {
    // Stop the download: nothing more of it is read.
    reader.cancel().catch(() => {})
    throw error
  }

  const bytes = Buffer.concat(chunks, length)
  const bom =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  if (length - bom > maxBytes) throw tooLarge(url, maxBytes)
  return bytes
}

/** The refusal of a body over `maxBytes`. */
function tooLarge(url: string, maxBytes: number): UrlReadError {
  return new UrlReadError(url, 'too-large', tooLargeReason(maxBytes))
}

/**
 * Why an input over the size limit is refused: the words of a file and of
 * a URL alike.
 *
 * @param maxBytes
 *   The limit.
 */
export function tooLargeReason(maxBytes: number): string {
  const mebibytes = maxBytes / (1024 * 1024)
  return (
    'it is larger than ' +
    (Number.isInteger(mebibytes)
      ? mebibytes + ' MiB (' + maxBytes + ' bytes)'
      : maxBytes + ' bytes') +
    ', the most a page can be'
  )
}

/** `url` parsed, refused unless it is an `http:` or `https:` URL without credentials. */
function httpUrl(url: string, shown: string): URL {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new UrlReadError(shown, 'invalid-url', 'it is not a valid URL')
  }

  if (!isReadScheme(parsed.protocol)) {
    throw new UrlReadError(
      shown,
      'invalid-url',
      'only `http:` and `https:` URLs are read, not `' + parsed.protocol + '`'
    )
  }

  // `fetch` refuses them, and the URL is recorded in the model: a password
  // would be written into datasets.
  if (parsed.username !== '' || parsed.password !== '') {
    throw new UrlReadError(
      shown,
      'invalid-url',
      'a URL with a user name or password is not read (the URL is recorded in the model)'
    )
  }

  return parsed
}

/** Let go of a body that is not read. */
async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => {})
}

/** `404 Not Found`: the status and its text (the standard one when the server sends none). */
function statusOf(response: Response): string {
  const text = response.statusText || STATUS_CODES[response.status] || ''
  return String(response.status) + (text ? ' ' + text : '')
}

/** Host and port of a URL, for messages (the URL itself if it is none). */
function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}
