import path from 'node:path'
import type {LocationsDocument, ViewName} from '../../model.js'
import {renderDataset} from '../../render/index.js'
import {compareCodeUnits} from '../../util/compare-code-units.js'
import type {Command} from '../command.js'
import type {PageOrigin} from '../file-set-manifest.js'
import {noteForeignFiles} from '../file-set-check.js'
import {type Io, UsageError} from '../io.js'
import {documentOption, readVersions} from '../read-versions.js'
import {type Companion, findCompanions} from '../update-companions.js'
import {updateChangelog} from '../update-changelog.js'
import {readDatasetState} from '../update-dataset-state.js'
import {
  readUpstream,
  type UpstreamKind,
  upstreamKind
} from '../update-upstream.js'
import {writeFileSet} from '../write-file-set.js'
import {writeFileSetOnce} from '../write-file-set-once.js'
import {historyFileSet} from './history.js'
import {reportFileSet} from './report.js'

export const updateCommand: Command = {
  name: 'update',
  usage:
    'update --from <url|repo|file> --out <dir> [--path <file>] [--path <file>] [--document <docs>] [--check] [--force]',
  summary:
    'Bring a dataset up to date with its page upstream: when the page changed, rewrite it (and its history and report) and print the changelog.',
  details: [
    '--from is an http(s) URL, a git repository (the page at HEAD: each --path, else the pages',
    '`--git` finds) or a file. It is compared, by SHA-256, with the page the dataset in <dir> was',
    'made from (by `dataset` or `update`); a URL is asked for with the ETag and Last-Modified',
    'the manifest recorded, so that a page that did not change downloads nothing (304).',
    'Unchanged: says so in one line and writes nothing (but the manifest, when the same page',
    'came with new validators: a stale ETag would never be answered 304). Changed: rewrites the dataset as',
    '`dataset` writes it (manifest.json, all or nothing, never over files it did not write),',
    'and <dir>/history and <dir>/report where they hold a history and a report (of `history',
    '--out`, `report --out`), from every version in the repository; from a URL or a file,',
    'which give the newest version only, they are left alone (said on stderr). They are',
    'checked first, then written, the dataset last: a set that would be refused stops the run',
    'before anything is written, and a run cut off leaves the dataset as it was, so the',
    'next run writes them all. Prints the changelog from the old version to the new one;',
    'what was written goes to stderr. Exit 0 either way; with --check, writes nothing and',
    'exits 1 when the page changed. The view is the dataset’s (published for a new one).'
  ],
  options: {
    from: {
      type: 'string',
      description:
        'Where the page is: an http(s) URL, a git repository or a file (required).'
    },
    out: {
      type: 'string',
      description:
        'Directory of the dataset (required; missing or empty: a new one).'
    },
    path: {
      type: 'string',
      multiple: true,
      description:
        'With a repository: the file, relative to it (again for each page; default: the pages found).'
    },
    document: {
      type: 'string',
      description:
        'With a repository: the docs of the history and report (default: the history’s).'
    },
    check: {
      type: 'boolean',
      description:
        'Write nothing; exit 1 when the page changed since the dataset was made.'
    },
    force: {
      type: 'boolean',
      description:
        'Write into a directory without a dataset’s manifest, and over files of the manifests that were edited.'
    }
  },
  async run({values, positionals}, io) {
    if (positionals.length > 0) {
      throw new UsageError(
        '`update` takes no files: give the page with `--from <url|repo|file>`'
      )
    }

    const from = requiredString(values['from'], '--from <url|repo|file>')
    const out = requiredString(values['out'], '--out <dir>')
    const kind = await upstreamKind(from, io.cwd)
    if (kind !== 'repository') {
      for (const name of ['path', 'document']) {
        if (values[name] !== undefined) {
          throw new UsageError(
            '`--' +
              name +
              '` is about a repository: give one with `--from <repo>`'
          )
        }
      }
    }

    const document = documentOption(values['document'])
    const force = values['force'] === true
    const directory = path.resolve(io.cwd, out)
    const dataset = await readDatasetState(directory, out, force)
    const view: ViewName = dataset.documents[0]?.view ?? 'published'
    const paths =
      values['path'] === undefined
        ? undefined
        : ([] as unknown[]).concat(values['path']).map(String)
    const upstream = await readUpstream(from, kind, {view, paths, dataset}, io)

    if (upstream.status === 'not-modified') {
      io.stdout(upToDate(out, from, 'not modified: 304'))
      return 0
    }

    if (dataset.held && sameHashes(dataset.documents, upstream.hashes)) {
      const count = upstream.hashes.length
      const why =
        count === 1
          ? 'the same page, by SHA-256'
          : 'the same ' + count + ' pages, by SHA-256'
      // The same text under new validators (or a manifest that recorded
      // none): left stale, every later run would download the page whole.
      if (kind === 'url' && values['check'] !== true) {
        const {documents, origins} = await upstream.pages()
        if (!sameOrigins(dataset.origins, origins)) {
          await writeFileSetOnce(directory, renderDataset(documents), {
            shown: out,
            what: 'the dataset',
            set: 'dataset',
            origins,
            force
          })
          io.stdout(
            out +
              ' is up to date with ' +
              from +
              ' (' +
              why +
              '): recorded its new ETag and Last-Modified in manifest.json\n'
          )
          return 0
        }
      }

      io.stdout(upToDate(out, from, why))
      return 0
    }

    const {documents, origins} = await upstream.pages()
    // A new dataset has no older version to compare with.
    const changelog = dataset.held
      ? updateChangelog(dataset.documents, documents)
      : ''
    noteDropped(dataset.documents, documents, from, io)

    if (values['check'] === true) {
      io.stdout(changelog)
      io.stderr(
        'er-locations: ' +
          out +
          (dataset.held
            ? ' is behind `' + from + '`: its page changed'
            : ' holds no dataset of `' + from + '` yet') +
          '; run the same command without `--check` to update it\n'
      )
      return 1
    }

    const companions = dataset.held ? await findCompanions(directory) : []
    const companionSets = await companionFileSets(companions, {
      from,
      kind,
      out,
      view,
      document,
      paths: upstream.paths,
      force,
      io
    })
    const datasetWrite = {
      directory,
      files: renderDataset(documents),
      options: {
        shown: out,
        what: 'the dataset',
        set: 'dataset' as const,
        origins,
        force
      }
    }
    // All or nothing across the sets: each is refused (or not) before the
    // first is written; the dataset, which says which version all were made
    // from, is written last.
    const writes = [
      ...companionSets.map((companion) => companion.write),
      datasetWrite
    ]
    for (const write of writes)
      await writeFileSet(write.directory, write.files, {
        ...write.options,
        planOnly: true
      })

    for (const companion of companionSets) {
      const {write} = companion
      const written = await writeFileSetOnce(
        write.directory,
        write.files,
        write.options
      )
      noteForeignFiles(written.foreign, write.options.shown, io, companion.set)
      io.stderr(
        'er-locations: ' +
          (written.written.length === 0 && written.removed.length === 0
            ? write.options.shown + ' is up to date (the ' + companion.set
            : 'wrote the ' +
              companion.set +
              ' to ' +
              write.options.shown +
              ' (') +
          companion.versions +
          '\n'
      )
    }

    const result = await writeFileSetOnce(
      directory,
      datasetWrite.files,
      datasetWrite.options
    )
    noteForeignFiles(
      result.foreign.filter(
        (name) => !companions.some((companion) => companion.name === name)
      ),
      out,
      io,
      'dataset'
    )
    io.stderr(
      'er-locations: wrote ' +
        result.written.length +
        ' files of ' +
        documents.length +
        ' page' +
        (documents.length === 1 ? '' : 's') +
        ' to ' +
        out +
        counts(result.unchanged.length, result.removed.length) +
        '\n'
    )
    io.stdout(changelog)
    return 0
  }
}

/** What `companionFileSets` needs of the run. */
interface CompanionRun {
  from: string
  kind: UpstreamKind
  out: string
  view: ViewName
  document: string | undefined
  /** The paths of the pages, of a repository. */
  paths: string[] | undefined
  force: boolean
  io: Io
}

/** A history or report set to write, and what it is of, for the message. */
interface CompanionSet {
  set: Companion['set']
  write: {
    directory: string
    files: ReadonlyMap<string, string>
    options: {
      shown: string
      what: string
      set: Companion['set']
      force: boolean
    }
  }
  /** `28 versions of global/en)`: the end of the message of its write. */
  versions: string
}

/**
 * The files of the history and report beside the dataset, from every
 * version in the repository (read once for both); from a URL or a file,
 * which give one version, none, said why.
 */
async function companionFileSets(
  companions: readonly Companion[],
  run: CompanionRun
): Promise<CompanionSet[]> {
  const {io} = run
  if (companions.length === 0) return []
  if (run.kind !== 'repository' || run.paths === undefined) {
    for (const companion of companions) {
      io.stderr(
        'er-locations: note: `' +
          path.join(run.out, companion.name) +
          '` left alone: a ' +
          companion.set +
          ' needs every version of the page, and a ' +
          (run.kind === 'url' ? 'URL' : 'file') +
          ' gives only the newest; update it with `--from <repo>`, or with `' +
          companion.set +
          ' <file...> --out ' +
          path.join(run.out, companion.name) +
          '`\n'
      )
    }

    return []
  }

  const history = companions.find((companion) => companion.set === 'history')
  const versions = await readVersions(
    'update',
    {
      values: {
        git: run.from,
        path: run.paths,
        view: run.view,
        document: run.document ?? history?.docs
      },
      positionals: []
    },
    io
  )

  const sets: CompanionSet[] = []
  for (const companion of companions) {
    sets.push({
      set: companion.set,
      write: {
        directory: companion.directory,
        files:
          companion.set === 'history'
            ? historyFileSet(versions)
            : await reportFileSet(versions, run.view),
        options: {
          shown: path.join(run.out, companion.name),
          what: 'the ' + companion.set,
          set: companion.set,
          force: run.force
        }
      },
      versions:
        versions.documents.length +
        (versions.documents.length === 1 ? ' version' : ' versions') +
        ' of ' +
        versions.docs +
        ')'
    })
  }

  return sets
}

/** ` (3 unchanged, 1 removed)`: what else a write did, when it did. */
function counts(unchanged: number, removed: number): string {
  const parts = [
    unchanged > 0 ? unchanged + ' unchanged' : '',
    removed > 0 ? removed + ' removed' : ''
  ].filter(Boolean)
  return parts.length > 0 ? ' (' + parts.join(', ') + ')' : ''
}

/** The value of a required string option, else a usage error naming it. */
function requiredString(value: unknown, synopsis: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new UsageError('`update` needs `' + synopsis + '`')
  }

  return value
}

/** The one line of a dataset that is current. */
function upToDate(out: string, from: string, why: string): string {
  return (
    out + ' is up to date with ' + from + ' (' + why + '): nothing written\n'
  )
}

/** Whether the dataset's pages are the pages read: the same hashes, as many. */
function sameHashes(
  documents: readonly LocationsDocument[],
  hashes: readonly string[]
): boolean {
  const before = documents.map((document) => document.source.sha256).sort()
  const after = [...hashes].sort()
  return (
    before.length === after.length &&
    before.every((hash, index) => hash === after[index])
  )
}

/** Whether two records of where the pages came from say the same. */
function sameOrigins(
  recorded: readonly PageOrigin[] | undefined,
  read: readonly PageOrigin[]
): boolean {
  const key = (origins: readonly PageOrigin[]) =>
    JSON.stringify(
      [...origins].sort((a, b) => compareCodeUnits(a.page, b.page))
    )
  return recorded !== undefined && key(recorded) === key(read)
}

/** Say which pages of the dataset are of no document read, and so leave it. */
function noteDropped(
  older: readonly LocationsDocument[],
  newer: readonly LocationsDocument[],
  from: string,
  io: Io
): void {
  const read = new Set(newer.map((document) => document.source.document.id))
  for (const document of older) {
    if (read.has(document.source.document.id)) continue
    io.stderr(
      'er-locations: note: `' +
        (document.source.path ?? document.source.document.id) +
        '` (' +
        document.source.document.id +
        ') is of no page of `' +
        from +
        '`: no longer in the dataset\n'
    )
  }
}
