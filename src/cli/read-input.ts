/**
 * Read a page from a file, a URL or standard input, refusing what is not
 * text or is larger than a page can be.
 */

import {ok as assert} from 'devlop'
import {type FileHandle, open} from 'node:fs/promises'
import path from 'node:path'
import {inputLimits} from '../input-limits.js'
import {defaultTimeoutSeconds} from './input-options.js'
import {type Io, UsageError} from './io.js'
import {
  readUrl,
  tooLargeReason,
  type UrlContent,
  type UrlValidators
} from './read-url.js'
import {systemReason} from './system-reason.js'
import {isUrlArgument} from './url-argument.js'

/** A page as read by the CLI. */
export interface Input {
  /** Path or URL as given (`-` is shown as `<stdin>`). */
  path: string
  /** Decoded text (UTF-8, BOM removed). */
  text: string
  /** Of a URL: the validators of its answer (what a dataset records to ask again). */
  validators?: UrlValidators | undefined
}

const decoder = new TextDecoder('utf-8', {fatal: true})

/**
 * Most bytes read of one input: the library's limit on the text, plus a
 * BOM, which the text does not keep, plus one to know that it is over.
 */
const maxRead = inputLimits.maxBytes + 3 + 1

/**
 * Read one input.
 *
 * Never more than 1 MiB and a few bytes: a larger page is refused here
 * (exit 2, one line) rather than read whole into memory to be refused by
 * the library, and an endless input (`/dev/zero`, `yes |`) ends.
 *
 * An `http:` or `https:` URL (see `isUrlArgument` for which arguments are
 * URLs) is read with `readUrl`, within `io.fetchTimeoutMs`; a URL of any
 * other scheme (`file:`, `ftp:`) is bad usage. Its body is then checked as
 * a file is (NUL bytes, UTF-8).
 *
 * @param name
 *   File path, URL, or `-` for standard input.
 * @param io
 *   Streams of the run.
 */
export async function readInput(name: string, io: Io): Promise<Input> {
  let bytes: Uint8Array
  let validators: UrlValidators | undefined
  const shown = name === '-' ? '<stdin>' : name

  if (name === '-') {
    try {
      bytes = await io.stdin(maxRead - 1)
    } catch (error) {
      throw new UsageError(
        'Cannot read standard input: ' +
          systemReason(error, 'the system refused the read')
      )
    }
  } else if (isUrlArgument(name)) {
    const read = await readUrlInput(name, io)
    bytes = read.bytes
    validators = {
      url: read.url,
      etag: read.etag,
      lastModified: read.lastModified
    }
  } else {
    bytes = await readFileBounded(name, path.resolve(io.cwd, name))
  }

  const text = inputText(bytes, shown)
  return validators === undefined
    ? {path: shown, text}
    : {path: shown, text, validators}
}

/**
 * The text of the bytes of an input, checked as `readInput` checks every
 * input: no NUL bytes, within the size limit (a BOM aside), UTF-8.
 *
 * @param bytes
 *   Bytes as read.
 * @param shown
 *   The input, for messages.
 * @returns
 *   The text, BOM removed.
 * @throws {UsageError}
 *   When the bytes are not a page's text.
 */
export function inputText(bytes: Uint8Array, shown: string): string {
  if (bytes.includes(0)) {
    throw new UsageError(
      'Cannot read `' +
        shown +
        '`: it is binary (it contains NUL bytes), expected Markdown text'
    )
  }

  const bom =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  if (bytes.length - bom > inputLimits.maxBytes) throw tooLarge(shown)

  try {
    return decoder.decode(bytes)
  } catch {
    throw new UsageError(
      'Cannot read `' +
        shown +
        '`: it is not valid UTF-8, expected Markdown text'
    )
  }
}

/** The body of the URL `name`; `readUrl` refuses any scheme but `http:` and `https:`. */
async function readUrlInput(name: string, io: Io): Promise<UrlContent> {
  const read = await readUrl(name, {
    timeoutMs: io.fetchTimeoutMs ?? defaultTimeoutSeconds * 1000,
    maxBytes: inputLimits.maxBytes
  })
  assert(
    read.status === 'ok',
    'expected a body: the request is not conditional'
  )
  return read
}

/**
 * Read at most `maxRead` bytes of the file at `file`; refuse a folder, and
 * a regular file over the limit without reading it.
 */
async function readFileBounded(
  name: string,
  file: string
): Promise<Uint8Array> {
  let handle: FileHandle
  try {
    handle = await open(file, 'r')
  } catch (error) {
    throw new UsageError(
      'Cannot read `' +
        name +
        '`: ' +
        systemReason(error, 'it cannot be opened')
    )
  }

  try {
    let info
    try {
      info = await handle.stat()
    } catch (error) {
      throw new UsageError(
        'Cannot read `' + name + '`: ' + systemReason(error, 'unreadable')
      )
    }

    if (info.isDirectory()) {
      throw new UsageError('Cannot read `' + name + '`: it is a directory')
    }

    // A BOM is not part of the text: 3 bytes more may still be within it.
    if (info.isFile() && info.size > inputLimits.maxBytes + 3)
      throw tooLarge(name)

    // A regular file, or what has no size (a FIFO, `/dev/stdin`, `/dev/zero`):
    // read in chunks up to the bound.
    const chunks: Uint8Array[] = []
    let length = 0
    while (length < maxRead) {
      const chunk = new Uint8Array(Math.min(64 * 1024, maxRead - length))
      let bytesRead: number
      try {
        ;({bytesRead} = await handle.read(chunk, 0, chunk.length, null))
      } catch (error) {
        throw new UsageError(
          'Cannot read `' + name + '`: ' + systemReason(error, 'unreadable')
        )
      }

      if (bytesRead === 0) break
      chunks.push(chunk.subarray(0, bytesRead))
      length += bytesRead
    }

    return Buffer.concat(chunks, length)
  } finally {
    await handle.close().catch(() => {})
  }
}

/** The refusal of an input over the size limit. */
function tooLarge(shown: string): UsageError {
  return new UsageError(
    'Cannot read `' + shown + '`: ' + tooLargeReason(inputLimits.maxBytes)
  )
}
