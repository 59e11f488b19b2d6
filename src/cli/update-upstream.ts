/**
 * Read the newest version of the page(s) `update --from` names: an `http:`
 * or `https:` URL (a conditional request when the dataset recorded its
 * validators), a git repository (its `HEAD`), or a file (`-`: standard
 * input).
 */

import {stat} from 'node:fs/promises'
import path from 'node:path'
import type {LocationsDocument, ViewName} from '../model.js'
import {parse} from '../parse.js'
import type {PageOrigin} from './file-set-manifest.js'
import type {Io} from './io.js'
import {readInput} from './read-input.js'
import {recordedPath} from './read-versions.js'
import type {DatasetState} from './update-dataset-state.js'
import {upstreamOfRepository} from './update-from-git.js'
import {upstreamOfUrl} from './update-from-url.js'
import {isUrlArgument} from './url-argument.js'

/** How to read upstream. */
export interface UpstreamSettings {
  /** The view to read the pages in. */
  view: ViewName
  /** The `--path`s given (of a repository only); none: found by `discoverPagePaths`. */
  paths: string[] | undefined
  /** The dataset as it is: its validators make the request conditional. */
  dataset: DatasetState
}

/** The pages read, as the dataset records them. */
export interface UpstreamPages {
  /** Their models. */
  documents: LocationsDocument[]
  /** Where they came from, for the manifest (none for a file: its model says it). */
  origins: PageOrigin[]
}

/** What upstream has. */
export type Upstream =
  | {
      /** A `304 Not Modified` to the validators of the dataset's page: it is current. */
      status: 'not-modified'
    }
  | {
      status: 'read'
      /** SHA-256 of the text of each page read, as its model records it. */
      hashes: string[]
      /**
       * Their models and origins: at once for a URL or a file; of a
       * repository, each page's history is read for them (as `history
       * --git` reads it), so only when they are needed.
       */
      pages: () => Promise<UpstreamPages>
      /** Of a repository: the paths of the pages, for its history and report. */
      paths?: string[] | undefined
    }

/** What `--from` is: a URL, a repository (a directory) or a file. */
export type UpstreamKind = 'url' | 'repository' | 'file'

/**
 * Which kind of upstream `from` is: a URL argument is a URL (`file:` ones
 * are refused when read), a directory a repository, anything else a file.
 *
 * @param from
 *   `--from` as given.
 * @param cwd
 *   Working directory.
 */
export async function upstreamKind(
  from: string,
  cwd: string
): Promise<UpstreamKind> {
  if (isUrlArgument(from)) return 'url'
  if (from === '-') return 'file'
  const info = await stat(path.resolve(cwd, from)).catch(() => undefined)
  return info?.isDirectory() ? 'repository' : 'file'
}

/**
 * Read the newest version of the page(s) of `from`.
 *
 * @param from
 *   `--from` as given.
 * @param kind
 *   What it is (`upstreamKind`).
 * @param settings
 *   View, paths and the dataset as it is.
 * @param io
 *   Streams of the run.
 * @throws {UsageError}
 *   When upstream cannot be read (one line: `readUrl`'s words for a URL).
 */
export async function readUpstream(
  from: string,
  kind: UpstreamKind,
  settings: UpstreamSettings,
  io: Io
): Promise<Upstream> {
  if (kind === 'url') return upstreamOfUrl(from, settings, io)
  if (kind === 'repository') return upstreamOfRepository(from, settings, io)
  const input = await readInput(from, io)
  const document = parse(input.text, {
    view: settings.view,
    path: recordedPath(from, input.path, io.cwd)
  })
  return {
    status: 'read',
    hashes: [document.source.sha256],
    pages: async () => ({documents: [document], origins: []})
  }
}
