/**
 * The newest version of the pages of a git repository, for `update`: the
 * pages at its `HEAD` (`--path`, or those `discoverPagePaths` finds), read
 * as one `git cat-file` to compare them with the dataset; their models, as
 * the newest versions of their histories, only when one changed.
 */

import path from 'node:path'
import type {LocationsDocument, ViewName} from '../model.js'
import {type GitOrigin, sha256} from './file-set-manifest.js'
import {type Io, UsageError} from './io.js'
import {openRepository} from './open-repository.js'
import {inputText} from './read-input.js'
import {readObjects} from './read-objects.js'
import {documentOfVersion} from './document-of-version.js'
import {gitPaths, recordedPath, withoutRepeats} from './read-versions.js'
import {gitHistory} from './git-history.js'
import {runGit} from './run-git.js'
import type {Upstream, UpstreamSettings} from './update-upstream.js'

/**
 * Read the pages of `repository` at its `HEAD`.
 *
 * A page found by discovery that is no longer at `HEAD` (deleted) is left
 * out of the dataset, said on stderr; a `--path` that is not there is an
 * error. Every path, deleted or not, is given for the history and report.
 *
 * @param repository
 *   `--from` as given.
 * @param settings
 *   View and `--path`s.
 * @param io
 *   Streams of the run.
 * @throws {UsageError}
 *   When it is no repository, has no commit, or no page at `HEAD`.
 */
export async function upstreamOfRepository(
  repository: string,
  settings: UpstreamSettings,
  io: Io
): Promise<Upstream> {
  const paths = await gitPaths(
    'update',
    {values: {git: repository, path: settings.paths}, positionals: []},
    io
  )
  const {root, prefix} = await openRepository(repository, io.cwd)
  const head = await runGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD'])
  if (head.code !== 0) {
    throw new UsageError('Cannot read `' + repository + '`: it has no commits')
  }

  const commit = head.stdout.toString('utf8').trim()
  const directory = path.resolve(io.cwd, repository)
  const names = paths.map((file) => headName(directory, prefix, file))
  const contents = await readObjects(root, names)
  const present: Array<{file: string; hash: string}> = []
  for (const [index, file] of paths.entries()) {
    const bytes = contents.get(names[index] as string)
    if (bytes === undefined) {
      if (settings.paths !== undefined) {
        throw new UsageError(
          'Cannot read `' +
            file +
            '` at the HEAD of `' +
            repository +
            '`: it is not there (give its path at HEAD with `--path`)'
        )
      }

      io.stderr(
        'er-locations: note: `' +
          file +
          '` is not at the HEAD of `' +
          repository +
          '` (deleted): not in the dataset\n'
      )
      continue
    }

    // The hash of the text as given, as its model records it (`source.sha256`).
    present.push({
      file,
      hash: sha256(inputText(bytes, repository + ':' + file))
    })
  }

  if (present.length === 0) {
    throw new UsageError(
      'No page found in `' + repository + '` is at its HEAD: nothing to update'
    )
  }

  return {
    status: 'read',
    hashes: present.map((page) => page.hash),
    paths,
    async pages() {
      const documents: LocationsDocument[] = []
      const origins: GitOrigin[] = []
      for (const {file} of present) {
        const newest = await newestVersion(repository, file, settings.view, io)
        documents.push(newest)
        origins.push({
          page: newest.source.path ?? file,
          repository: recordedPath(repository, repository, io.cwd),
          path: file,
          commit,
          sha256: newest.source.sha256
        })
      }

      return {documents, origins}
    }
  }
}

/**
 * The model of the newest version of `file`, named and dated as `history
 * --git` names and dates its versions (`<path>@<short commit>`, the commit
 * date when the page states none), so that the dataset's page is the
 * history's newest version. Only that version is parsed: the others are
 * read from git to find the commit that made it (the oldest of the
 * commits that leave its content as it is: a rename, a touch is no new
 * version).
 */
async function newestVersion(
  repository: string,
  file: string,
  view: ViewName,
  io: Io
): Promise<LocationsDocument> {
  const newest = withoutRepeats(
    await gitHistory(repository, file, {cwd: io.cwd})
  ).at(-1)

  if (newest === undefined) {
    throw new UsageError('No commit of `' + file + '` in `' + repository + '`')
  }

  return documentOfVersion(newest, view)
}

/**
 * The object name of `file` (relative to the directory given as the
 * repository, or absolute) at `HEAD`: `HEAD:<path from the root>`.
 */
function headName(directory: string, prefix: string, file: string): string {
  const relative = path.isAbsolute(file) ? path.relative(directory, file) : file
  return (
    'HEAD:' + path.posix.normalize(prefix + relative.split(path.sep).join('/'))
  )
}
