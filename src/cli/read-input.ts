/**
 * Read a page from a file or standard input, refusing what is not text.
 */

import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {type Io, UsageError} from './io.js'
import {systemReason} from './system-reason.js'

/** A page as read by the CLI. */
export interface Input {
  /** Path as given (`-` is shown as `<stdin>`). */
  path: string
  /** Decoded text (UTF-8, BOM removed). */
  text: string
}

const decoder = new TextDecoder('utf-8', {fatal: true})

/**
 * Read one input.
 *
 * @param name
 *   File path, or `-` for standard input.
 * @param io
 *   Streams of the run.
 */
export async function readInput(name: string, io: Io): Promise<Input> {
  let bytes: Uint8Array
  const shown = name === '-' ? '<stdin>' : name

  if (name === '-') {
    bytes = await io.stdin()
  } else {
    const file = path.resolve(io.cwd, name)
    let info
    try {
      info = await stat(file)
    } catch (error) {
      throw new UsageError(
        'Cannot read `' + name + '`: ' + systemReason(error, 'no such file')
      )
    }

    if (info.isDirectory()) {
      throw new UsageError('Cannot read `' + name + '`: it is a directory')
    }

    try {
      bytes = await readFile(file)
    } catch (error) {
      throw new UsageError(
        'Cannot read `' + name + '`: ' + systemReason(error, 'unreadable')
      )
    }
  }

  if (bytes.includes(0)) {
    throw new UsageError(
      'Cannot read `' + shown + '`: it is binary (it contains NUL bytes), expected Markdown text'
    )
  }

  let text: string
  try {
    text = decoder.decode(bytes)
  } catch {
    throw new UsageError(
      'Cannot read `' + shown + '`: it is not valid UTF-8, expected Markdown text'
    )
  }

  return {path: shown, text}
}
