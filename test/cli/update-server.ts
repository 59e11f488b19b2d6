/**
 * A loopback HTTP server for the tests of `update`: one page, `/page.md`,
 * whose version and validators the test changes between runs, answering
 * conditional requests as a server does (`304` to a matching `ETag`, or to
 * an `If-Modified-Since` not before `Last-Modified`), or failing on demand.
 * Bound to 127.0.0.1 on a free port; nothing leaves the machine.
 */

import type {IncomingMessage} from 'node:http'
import {fixture} from '../helpers.js'
import {listenOnLoopback} from './http-server.js'

/** What the page is now. */
export interface PageVersion {
  /** Fixture served (under `fixtures/`). */
  fixture: string
  /** `ETag` sent, none when `null`. */
  etag: string | null
  /** `Last-Modified` sent, none when `null`. */
  lastModified: string | null
}

/** A request and what it was answered. */
export interface SeenRequest {
  headers: IncomingMessage['headers']
  /** Status answered; `0` when no answer was sent (a stall). */
  status: number
}

/** A running server. */
export interface PageServer {
  /** URL of the page. */
  url: string
  /** Every request to the page, in order. */
  requests: SeenRequest[]
  /** Serve this version from now on. */
  serve: (version: PageVersion) => void
  /** Fail from now on (`503`, or never answer), or stop failing (`null`). */
  fail: (mode: 'unavailable' | 'stall' | null) => void
  /** Close every connection, then the server. */
  close: () => Promise<void>
}

/**
 * Start the server, serving `first`.
 *
 * @param first
 *   The version served at first.
 */
export async function startPageServer(first: PageVersion): Promise<PageServer> {
  let version = first
  let failure: 'unavailable' | 'stall' | null = null
  const requests: SeenRequest[] = []

  const {port, close} = await listenOnLoopback((request, response) => {
    const seen: SeenRequest = {headers: request.headers, status: 0}
    requests.push(seen)
    const answer = (status: number, headers: Record<string, string>) => {
      seen.status = status
      response.writeHead(status, headers)
    }

    if (request.url !== '/page.md') {
      answer(404, {})
      response.end()
      return
    }

    if (failure === 'stall') return
    if (failure === 'unavailable') {
      answer(503, {'content-type': 'text/html'})
      response.end('<h1>Service Unavailable</h1>')
      return
    }

    const validators: Record<string, string> = {}
    if (version.etag !== null) validators['etag'] = version.etag
    if (version.lastModified !== null)
      validators['last-modified'] = version.lastModified
    const match = request.headers['if-none-match']
    const since = request.headers['if-modified-since']
    // As RFC 9110 says: `If-Modified-Since` only without `If-None-Match`.
    const current =
      match === undefined
        ? since !== undefined &&
          version.lastModified !== null &&
          Date.parse(since) >= Date.parse(version.lastModified)
        : version.etag !== null && match === version.etag
    if (current) {
      answer(304, validators)
      response.end()
      return
    }

    const bytes = Buffer.from(fixture(version.fixture))
    answer(200, {
      ...validators,
      'content-type': 'text/markdown; charset=utf-8',
      'content-length': String(bytes.length)
    })
    response.end(bytes)
  })
  return {
    url: 'http://127.0.0.1:' + port + '/page.md',
    requests,
    serve(next) {
      version = next
    },
    fail(mode) {
      failure = mode
    },
    close
  }
}
