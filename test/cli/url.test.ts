/**
 * URLs as inputs: every command that reads a file reads an `http:` or
 * `https:` URL, within a timeout, a few redirects and the size limit of a
 * file, and says in one line why one cannot be read. Against a loopback
 * server the test starts: no test touches the internet.
 */

import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {isUrlArgument} from '../../src/cli/url-argument.js'
import {fetchFailure} from '../../src/cli/fetch-failure.js'
import {commands} from '../../src/cli/index.js'
import {readUrl, UrlReadError} from '../../src/cli/read-url.js'
import {inputLimits} from '../../src/input-limits.js'
import type {LocationsDocument} from '../../src/model.js'
import {fixture} from '../helpers.js'
import {appScript} from '../report/report-fixtures.js'
import {
  closedPort,
  servedPages,
  startServer,
  type TestServer,
  validators
} from './http-server.js'
import {runCli, type RunResult} from './run.js'

let server: TestServer
let origin = ''
let folder = ''

beforeAll(async () => {
  server = await startServer()
  origin = server.origin
  folder = mkdtempSync(path.join(tmpdir(), 'er-locations-url-'))
})

afterAll(async () => {
  await server.close()
  rmSync(folder, {recursive: true, force: true})
})

/** A usage failure: exit 2, nothing on stdout, one line on stderr matching `pattern`. */
function expectFailure(result: RunResult, pattern: RegExp): void {
  expect(result.stdout).toBe('')
  expect(result.code).toBe(2)
  expect(result.stderr).toMatch(/^er-locations: Cannot read `[^\n]+\n$/)
  expect(result.stderr).toMatch(pattern)
}

/** Settings of `readUrl` as the CLI gives them. */
const settings = {timeoutMs: 10_000, maxBytes: inputLimits.maxBytes}

describe('which arguments are URLs', () => {
  it('should take a scheme and `//`, or `http:`, `https:` and `file:` alone, as a URL', () => {
    for (const name of [
      'http://example.com/a.md',
      'HTTPS://example.com',
      'ftp://example.com/a.md',
      'xyz://a',
      'file:///etc/passwd',
      'file:a.md',
      'http:example.com'
    ]) {
      expect(isUrlArgument(name), name).toBe(true)
    }
  })

  it('should take paths as paths', () => {
    for (const name of [
      'a.md',
      'pages/a.md',
      './http://a',
      '/tmp/https://a',
      'a:b.md',
      'C:\\pages\\a.md',
      'C://pages/a.md',
      '-',
      'httpx.md'
    ]) {
      expect(isUrlArgument(name), name).toBe(false)
    }
  })
})

describe('cli URL inputs', () => {
  it('should give the model of a URL as of the file, `source.path` the URL', async () => {
    const url = origin + '/2016-03-31.md'
    const file = 'fixtures/' + servedPages['/2016-03-31.md']
    const fromUrl = await runCli(['parse', url])
    const fromFile = await runCli(['parse', file])
    expect(fromUrl.stderr).toBe('')
    expect(fromUrl.code).toBe(0)
    const model = JSON.parse(fromUrl.stdout) as LocationsDocument
    expect(model.source.path).toBe(url)
    const expected = JSON.parse(fromFile.stdout) as LocationsDocument
    expect(model).toEqual({
      ...expected,
      source: {...expected.source, path: url}
    })
  })

  it('should read a URL in every command that reads files', async () => {
    const older = origin + '/2016-03-31.md'
    const newer = origin + '/2016-07-28.md'
    const runs: string[][] = [
      ['check', older],
      ['views', origin + '/china.md'],
      ['diff', older, newer],
      ['summary', older],
      ['changelog', older, newer],
      ['history', older, newer],
      ['compare', origin + '/by-location.md', origin + '/by-provider.md'],
      ['dataset', older, newer, '--out', path.join(folder, 'dataset')]
    ]
    for (const argv of runs) {
      const result = await runCli(argv)
      expect(result.stderr, argv.join(' ')).toBe('')
      expect(result.code, argv.join(' ')).toBe(0)
      expect(result.stdout, argv.join(' ')).not.toBe('')
    }
  })

  it('should record a URL as given in a dataset and a history', async () => {
    const older = origin + '/2016-03-31.md'
    const newer = origin + '/2016-07-28.md'
    const out = path.join(folder, 'recorded')
    expect((await runCli(['dataset', older, newer, '--out', out])).code).toBe(0)
    const models = JSON.parse(
      readFileSync(path.join(out, 'models.json'), 'utf8')
    ) as unknown
    expect(JSON.stringify(models)).toContain(JSON.stringify(older))
    expect(JSON.stringify(models)).toContain(JSON.stringify(newer))

    const history = JSON.parse(
      (await runCli(['history', older, newer])).stdout
    ) as {versions: Array<{path: string}>}
    expect(history.versions.map((version) => version.path)).toEqual([
      older,
      newer
    ])
  })

  it('should write a report of URLs', async () => {
    await appScript()
    const result = await runCli([
      'report',
      origin + '/2016-03-31.md',
      origin + '/2016-07-28.md',
      '--out',
      path.join(folder, 'report')
    ])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  }, 60_000)

  it('should follow 3 redirects, relative and absolute', async () => {
    const result = await runCli(['parse', origin + '/redirect/3'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    // The URL as given, not where it led.
    expect((JSON.parse(result.stdout) as LocationsDocument).source.path).toBe(
      origin + '/redirect/3'
    )
  })

  it('should refuse more than 5 redirects', async () => {
    expect((await runCli(['parse', origin + '/redirect/5'])).code).toBe(0)
    expectFailure(
      await runCli(['parse', origin + '/redirect/6']),
      /more than 5 redirects/
    )
  })

  it('should refuse a redirect loop, naming it', async () => {
    expectFailure(
      await runCli(['parse', origin + '/loop/a']),
      new RegExp(
        'a redirect loop \\(`' +
          origin +
          '/loop/a` → `' +
          origin +
          '/loop/b` → `' +
          origin +
          '/loop/a`\\)'
      )
    )
  })

  it('should refuse a redirect to `file:` and one without a `Location`', async () => {
    expectFailure(
      await runCli(['parse', origin + '/redirect-to-file']),
      /redirected to `file:\/\/\/etc\/passwd`: only `http:` and `https:` URLs are read/
    )
    expectFailure(
      await runCli(['parse', origin + '/redirect-without-location']),
      /answered 302 Found without a `Location`/
    )
  })

  it('should read a gzip body', async () => {
    const result = await runCli(['parse', origin + '/gzip'])
    expect(result.stderr).toBe('')
    const expected = await runCli(['parse', origin + '/2016-03-31.md'])
    expect((JSON.parse(result.stdout) as LocationsDocument).providers).toEqual(
      (JSON.parse(expected.stdout) as LocationsDocument).providers
    )
    expect(
      server.requests.find((request) => request.path === '/gzip')?.headers[
        'accept-encoding'
      ]
    ).toBe('gzip')
  })

  it('should refuse a gzip bomb while inflating it, and a broken gzip body', async () => {
    expectFailure(
      await runCli(['parse', origin + '/gzip-bomb']),
      /is larger than 1 MiB \(1048576 bytes\), the most a page can be/
    )
    expectFailure(
      await runCli(['parse', origin + '/broken-gzip']),
      /its compressed body \(`Content-Encoding`\) is broken/
    )
  })

  it('should refuse a body over the limit: streamed without a length, told by its length, one byte over', async () => {
    for (const route of ['/endless', '/claims-too-large', '/one-over']) {
      expectFailure(
        await runCli(['parse', origin + route]),
        /is larger than 1 MiB \(1048576 bytes\), the most a page can be/
      )
    }
  })

  it('should say the status of a 4xx or 5xx', async () => {
    expectFailure(
      await runCli(['parse', origin + '/not-found']),
      /: the server answered 404 Not Found\n$/
    )
    expectFailure(
      await runCli(['check', origin + '/unavailable']),
      /: the server answered 503 Service Unavailable\n$/
    )
  })

  it('should refuse a body that is not UTF-8, or binary, as a file', async () => {
    expectFailure(
      await runCli(['parse', origin + '/latin-1']),
      /: it is not valid UTF-8, expected Markdown text\n$/
    )
    expectFailure(
      await runCli(['parse', origin + '/binary']),
      /: it is binary \(it contains NUL bytes\), expected Markdown text\n$/
    )
  })

  it('should time out on a stalled body and on an answer that never comes', async () => {
    for (const route of ['/stalled-body', '/no-headers']) {
      expectFailure(
        await runCli(['parse', origin + route, '--timeout', '0.5']),
        /: no whole answer within 0\.5 s \(set the limit with `--timeout <seconds>`\)\n$/
      )
    }
  })

  it('should say a connection is refused', async () => {
    const port = await closedPort()
    expectFailure(
      await runCli(['parse', 'http://127.0.0.1:' + port + '/a.md']),
      new RegExp('the connection was refused by `127\\.0\\.0\\.1:' + port + '`')
    )
  })

  it('should say a host is not found, or cannot be looked up now (DNS)', () => {
    // As undici rejects: a `TypeError` whose cause has the resolver's code.
    // Made here, not asked of the resolver: no test sends a query out.
    const failed = (code: string) =>
      new TypeError('fetch failed', {
        cause: Object.assign(new Error('getaddrinfo ' + code), {code})
      })
    expect(fetchFailure(failed('ENOTFOUND'), 'docs.example')).toEqual({
      kind: 'dns',
      reason: 'the host `docs.example` is not found (DNS)'
    })
    expect(fetchFailure(failed('EAI_AGAIN'), 'docs.example')).toEqual({
      kind: 'dns',
      reason:
        'the host `docs.example` cannot be looked up now (DNS: temporary failure; try again)'
    })
  })

  it('should refuse a redirect to a URL with a user name or password, in words', async () => {
    const result = await runCli(['parse', origin + '/redirect-to-credentials'])
    expectFailure(
      result,
      /: the server redirected to a URL with a user name or password, which is not read\n$/
    )
    expect(result.stderr).not.toContain('secret')
  })

  it('should name TLS when the TLS handshake fails', async () => {
    // `https:` to a plain-HTTP server: the handshake gets no TLS answer.
    expectFailure(
      await runCli(['parse', 'https://127.0.0.1:' + server.port + '/a.md']),
      /TLS\/SSL/
    )
  })

  it('should refuse other schemes as bad usage, and read files still', async () => {
    for (const [name, scheme] of [
      ['file:///etc/passwd', 'file:'],
      ['file:a.md', 'file:'],
      ['ftp://example.com/a.md', 'ftp:'],
      ['xyz://a', 'xyz:']
    ]) {
      expect(await runCli(['parse', name as string])).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'er-locations: Cannot read `' +
          name +
          '`: only `http:` and `https:` URLs are read, not `' +
          scheme +
          '`\n'
      })
    }

    expect(
      (await runCli(['parse', 'fixtures/' + servedPages['/china.md']])).code
    ).toBe(0)
  })

  it('should refuse a URL that is not valid or has a password', async () => {
    expectFailure(
      await runCli(['parse', 'http://']),
      /`http:\/\/`: it is not a valid URL\n$/
    )
    expectFailure(
      await runCli(['parse', 'http://user:secret@127.0.0.1:1/a.md']),
      /a URL with a user name or password is not read/
    )
  })
})

describe('cli --timeout', () => {
  it('should be an option of every command that reads pages, in its help', async () => {
    // Every command reads pages (files, standard input or URLs).
    expect(commands.map((command) => command.name)).toContain('update')
    for (const {name} of commands) {
      expect((await runCli([name, '--help'])).stdout, name).toMatch(
        /\n {2}--timeout +Seconds to read each URL input/
      )
    }

    expect((await runCli(['--help'])).stdout).toMatch(/https:\/\/` URL/)
  })

  it('should refuse a value that is not a positive number of seconds', async () => {
    const file = 'fixtures/' + servedPages['/china.md']
    for (const value of ['0', '-1', 'abc', '1s', 'Infinity', '1e3', '']) {
      const result = await runCli(['summary', file, '--timeout=' + value])
      expect(result.code, value).toBe(2)
      expect(result.stderr, value).toMatch(
        /^er-locations: `--timeout` must be a number of seconds above 0 \(`30`, `0\.5`\), not `[^`]*`\n$/
      )
    }

    expect((await runCli(['summary', file, '--timeout'])).stderr).toBe(
      'er-locations: Option `--timeout` needs a value; run `er-locations summary --help`\n'
    )
    expect((await runCli(['summary', file, '--timeout', '2.5'])).code).toBe(0)
  })
})

describe('readUrl', () => {
  it('should give the body, the final URL and the validators', async () => {
    const read = await readUrl(origin + '/validated.md', settings)
    expect(read).toEqual({
      status: 'ok',
      url: origin + '/validated.md',
      bytes: expect.any(Uint8Array) as Uint8Array,
      etag: validators.etag,
      lastModified: validators.lastModified
    })
    expect(read.status === 'ok' && Buffer.from(read.bytes).toString()).toBe(
      fixture(servedPages['/2016-03-31.md'])
    )
  })

  it('should give the final URL after redirects', async () => {
    const read = await readUrl(origin + '/redirect/4', settings)
    expect(read.url).toBe(origin + '/2016-03-31.md')
  })

  it('should give `not-modified` to `If-None-Match` or `If-Modified-Since` answered 304', async () => {
    expect(
      await readUrl(origin + '/redirect-to-validated', {
        ...settings,
        ifNoneMatch: validators.etag
      })
    ).toEqual({
      status: 'not-modified',
      url: origin + '/validated.md',
      etag: validators.etag,
      lastModified: null
    })
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe(
      validators.etag
    )

    // The 304 does not repeat `Last-Modified`: the one sent stands.
    expect(
      await readUrl(origin + '/validated.md', {
        ...settings,
        ifModifiedSince: validators.lastModified
      })
    ).toEqual({
      status: 'not-modified',
      url: origin + '/validated.md',
      etag: validators.etag,
      lastModified: validators.lastModified
    })

    // Another ETag: the page changed, and comes whole.
    const changed = await readUrl(origin + '/validated.md', {
      ...settings,
      ifNoneMatch: '"v0"'
    })
    expect(changed.status).toBe('ok')
  })

  it('should accept a body at the limit after a BOM', async () => {
    const read = await readUrl(origin + '/at-limit-with-bom', settings)
    expect(read.status === 'ok' && read.bytes.length).toBe(
      inputLimits.maxBytes + 3
    )
  })

  it('should throw `UrlReadError`s with their kind', async () => {
    const kinds: Array<[string, string]> = [
      [origin + '/not-found', 'status'],
      [origin + '/endless', 'too-large'],
      [origin + '/loop/a', 'redirect'],
      ['https://127.0.0.1:' + server.port + '/', 'tls'],
      ['ftp://example.com/', 'invalid-url']
    ]
    for (const [url, kind] of kinds) {
      const error = await readUrl(url, settings).then(
        () => undefined,
        (error: unknown) => error
      )
      expect(error, url).toBeInstanceOf(UrlReadError)
      expect((error as UrlReadError).kind, url).toBe(kind)
    }

    const error = await readUrl(origin + '/no-headers', {
      ...settings,
      timeoutMs: 200
    }).then(
      () => undefined,
      (error: unknown) => error
    )
    expect((error as UrlReadError).kind).toBe('timeout')
  })
})
