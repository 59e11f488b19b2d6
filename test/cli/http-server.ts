/**
 * A loopback HTTP server for the tests of URL inputs: corpus pages, and
 * answers that are slow, endless, redirecting, compressed, failing or not
 * text. Bound to 127.0.0.1 on a free port; nothing leaves the machine.
 */

import {
  createServer,
  type IncomingMessage,
  type ServerResponse
} from 'node:http'
import type {AddressInfo, Socket} from 'node:net'
import {createGzip, gzipSync} from 'node:zlib'
import {inputLimits} from '../../src/input-limits.js'
import {fixture} from '../helpers.js'

/** A running server. */
export interface TestServer {
  /** `http://127.0.0.1:<port>`, no slash at the end. */
  origin: string
  /** Port it listens on. */
  port: number
  /** Headers of every request, in order, with their path. */
  requests: Array<{path: string; headers: IncomingMessage['headers']}>
  /** Stop: close every connection (stalled ones too), then the server. */
  close: () => Promise<void>
}

/** Corpus pages served, by path. */
export const servedPages = {
  '/2016-03-31.md': 'corpus/2016-03-31_locations_en_1d58cc77.md',
  '/2016-07-28.md': 'corpus/2016-07-28_locations_en_db868d3a.md',
  '/by-location.md': 'corpus/2025-11-09_locations_en_e2cf533b.md',
  '/by-provider.md': 'corpus/2025-11-13_locations-providers_en_42ac1280.md',
  '/china.md': 'corpus/2015-12-02_locations-flat_zh-cn_fa9da440.md'
} as const

/** The ETag and date of `/validated.md`. */
export const validators = {
  etag: '"v1"',
  lastModified: 'Wed, 12 Nov 2025 10:00:00 GMT'
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void

/** An answer of the bytes of a page. */
function page(name: string): Handler {
  const bytes = Buffer.from(fixture(name))
  return (_, response) => {
    response.writeHead(200, {
      'content-type': 'text/markdown; charset=utf-8',
      'content-length': bytes.length
    })
    response.end(bytes)
  }
}

/** A redirect to `location`. */
function redirect(location: string, status = 302): Handler {
  return (_, response) => {
    response.writeHead(status, {location})
    response.end('moved to ' + location)
  }
}

/** Write `chunk` again and again, as fast as the client reads, until it hangs up. */
function endless(response: ServerResponse, chunk: Buffer): void {
  const write = () => {
    while (!response.destroyed && response.write(chunk)) {
      // Fill until the socket pushes back.
    }
  }

  response.on('drain', write)
  write()
}

/** A body of short lines, none a NUL: `size` bytes. */
function lines(size: number): Buffer {
  return Buffer.from('a\n'.repeat(Math.ceil(size / 2)).slice(0, size))
}

/** A status with no body. */
function status(code: number, text: string): Handler {
  return (_, response) => {
    response.writeHead(code, text, {'content-type': 'text/html'})
    response.end('<h1>' + text + '</h1>')
  }
}

/**
 * Start the server.
 *
 * @returns
 *   The running server.
 */
export async function startServer(): Promise<TestServer> {
  const page2016 = Buffer.from(fixture(servedPages['/2016-03-31.md']))
  const requests: TestServer['requests'] = []

  const routes: Record<string, Handler> = {
    ...Object.fromEntries(
      Object.entries(servedPages).map(([path, name]) => [path, page(name)])
    ),
    // Redirects: `/redirect/<n>` takes n more to reach the page, relative
    // and absolute `Location`s in turn.
    ...Object.fromEntries(
      Array.from({length: 8}, (_, index) => [
        '/redirect/' + (index + 1),
        redirect(
          index === 0
            ? '/2016-03-31.md'
            : index % 2 === 0
              ? String(index)
              : '/redirect/' + index,
          [301, 302, 303, 307, 308][index % 5]
        )
      ])
    ),
    '/loop/a': redirect('/loop/b'),
    '/loop/b': redirect('a'),
    '/redirect-to-file': redirect('file:///etc/passwd'),
    '/redirect-to-credentials': redirect('http://user:secret@127.0.0.1/a.md'),
    '/redirect-without-location': (_, response) => {
      response.writeHead(302)
      response.end()
    },
    '/not-found': status(404, 'Not Found'),
    '/unavailable': status(503, 'Service Unavailable'),
    '/gzip': (_, response) => {
      response.writeHead(200, {
        'content-encoding': 'gzip',
        'content-type': 'text/markdown'
      })
      response.end(gzipSync(page2016))
    },
    // An endless gzip stream of one letter (64 KiB of it makes some 64
    // bytes): a reader that inflated it whole before checking would never end.
    '/gzip-bomb': (_, response) => {
      response.writeHead(200, {'content-encoding': 'gzip'})
      const gzip = createGzip()
      gzip.pipe(response)
      const chunk = Buffer.alloc(64 * 1024, 'a')
      const pump = () => {
        while (!response.destroyed && gzip.write(chunk)) {
          // Written; the next one.
        }

        if (!response.destroyed) gzip.once('drain', pump)
      }

      response.on('close', () => gzip.destroy())
      pump()
    },
    '/broken-gzip': (_, response) => {
      response.writeHead(200, {'content-encoding': 'gzip'})
      response.end('this is not gzip')
    },
    // Headers, a first chunk, then nothing more.
    '/stalled-body': (_, response) => {
      response.writeHead(200, {'content-length': page2016.length})
      response.write(page2016.subarray(0, 100))
    },
    // Never an answer.
    '/no-headers': () => {},
    // No length (chunked), never ending.
    '/endless': (_, response) => {
      response.writeHead(200, {'content-type': 'text/plain'})
      endless(response, lines(64 * 1024))
    },
    // A length over the limit, and then nothing: refused on the length.
    '/claims-too-large': (_, response) => {
      response.writeHead(200, {'content-length': 2 * inputLimits.maxBytes})
      response.flushHeaders()
    },
    // Over the limit by one byte, the length told truly.
    '/one-over': (_, response) => {
      response.end(lines(inputLimits.maxBytes + 1))
    },
    // At the limit, after a BOM: accepted.
    '/at-limit-with-bom': (_, response) => {
      response.end(
        Buffer.concat([
          Buffer.from([0xef, 0xbb, 0xbf]),
          lines(inputLimits.maxBytes)
        ])
      )
    },
    '/latin-1': (_, response) => {
      response.writeHead(200, {'content-type': 'text/plain; charset=latin1'})
      response.end(Buffer.from('# Sao Paulo, S\u00e3o Paulo\n', 'latin1'))
    },
    '/binary': (_, response) => {
      response.writeHead(200, {'content-type': 'application/octet-stream'})
      response.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))
    },
    '/validated.md': (request, response) => {
      const since = request.headers['if-modified-since']
      if (
        request.headers['if-none-match'] === validators.etag ||
        (since !== undefined &&
          Date.parse(since) >= Date.parse(validators.lastModified))
      ) {
        response.writeHead(304, {etag: validators.etag})
        response.end()
        return
      }

      response.writeHead(200, {
        etag: validators.etag,
        'last-modified': validators.lastModified
      })
      response.end(page2016)
    },
    '/redirect-to-validated': redirect('/validated.md')
  }

  const {port, close} = await listenOnLoopback((request, response) => {
    const path = (request.url ?? '/').replace(/\?.*$/, '')
    requests.push({path, headers: request.headers})
    const handler = Object.hasOwn(routes, path) ? routes[path] : undefined
    if (handler) handler(request, response)
    else status(404, 'Not Found')(request, response)
  })

  return {origin: 'http://127.0.0.1:' + port, port, requests, close}
}

/**
 * Serve `handler` on 127.0.0.1, on a free port, until `close`, which also
 * ends the connections still open (stalled answers among them).
 */
export async function listenOnLoopback(
  handler: (request: IncomingMessage, response: ServerResponse) => void
): Promise<{port: number; close: () => Promise<void>}> {
  const sockets = new Set<Socket>()
  const server = createServer(handler)
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve)
  })
  const {port} = server.address() as AddressInfo
  return {
    port,
    async close() {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
      })
    }
  }
}

/**
 * A port on 127.0.0.1 that nothing listens on: one that was opened and
 * closed (the system does not hand it out again at once).
 */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve)
  })
  const {port} = server.address() as AddressInfo
  await new Promise<void>((resolve) => {
    server.close(() => resolve())
  })
  return port
}
