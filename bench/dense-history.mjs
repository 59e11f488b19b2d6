/**
 * The dense-history section of `npm run bench` (issue 14 §3): a git history
 * of one page as the real one is, about a thousand commits that each change
 * a row or two, and the time of `changelog --git` (and of `history --git`,
 * when the built CLI has it) on it against a bare remark + GFM parse of
 * every version.
 *
 * The history is made from the fixtures: the dated English versions of one
 * document (by default `global/en/locations-providers`, as `parse` tells the
 * document and date of each `fixtures/corpus/*_en_*.md`), oldest first; from
 * each to the next, the line diff (longest common subsequence) is walked a
 * line at a time — a table row replaced, deleted or inserted; a deleted
 * line and an inserted one at the same place are one replacement; a change
 * of the metadata is one step — and each step (or a few, grouped, so that
 * the whole history has about `--commits` commits) is a commit, dated
 * between the two versions' dates
 * (noon UTC), the last one exactly the next version's text. Halfway, one
 * commit renames the file (`articles/` → `articles/expressroute/`), as the
 * real page was moved: `--follow` has a rename to follow. The repository is
 * written by one `git fast-import`, in a temporary folder, removed after.
 *
 * Then, in rounds (each one timing every contender in turn; a ratio is the
 * median over rounds of that round's ratio, as in the rest of the bench):
 * `bare`, an in-process `unified().use(remarkParse).use(remarkGfm).parse()`
 * of the text of every commit; `changelog`, `node dist/cli/bin.js changelog
 * --git <repo> --path <file>` in a child process, wall time from spawn to
 * exit, and its peak RSS (`bench/report-rss.mjs`, preloaded; the peaks
 * of its processes summed); `history`
 * likewise, when `node dist/cli/bin.js history --help` exits 0.
 *
 * Targets: ours at most 0.1 × bare; at most 15 s for 1,000 versions.
 *
 * Run alone: `node bench/dense-history.mjs [--rounds <n>] [--commits <n>]
 * [--document <id>] [--keep]` (`--keep` leaves the repository and prints
 * where), after `npm run build`.
 */

import {spawn, spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import process from 'node:process'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = path.join(root, 'dist', 'cli', 'bin.js')
const preload = pathToFileURL(path.join(root, 'bench', 'report-rss.mjs')).href

/** Where the page is before and after the rename halfway. */
const oldPath = 'articles/expressroute-locations-providers.md'
const newPath = 'articles/expressroute/expressroute-locations-providers.md'

/**
 * The dated English versions of `document` in `fixtures/corpus`, oldest
 * first (by date, then name): `[{name, date, text}]`.
 */
async function versionsOf(document) {
  const {parse} = await import(
    pathToFileURL(path.join(root, 'dist', 'index.js')).href
  )
  const folder = path.join(root, 'fixtures', 'corpus')
  const versions = []
  for (const name of readdirSync(folder).sort()) {
    if (!/_en_.*\.md$/.test(name)) continue
    const text = readFileSync(path.join(folder, name), 'utf8')
    const model = parse(text, {path: name, cache: false})
    if (model.source.document.id !== document || model.meta.date === null)
      continue
    versions.push({name, date: model.meta.date, text})
  }

  return versions.sort((a, b) =>
    a.date === b.date ? (a.name < b.name ? -1 : 1) : a.date < b.date ? -1 : 1
  )
}

/**
 * The line diff of `a` and `b` (arrays of lines) as changes `{at, deleted,
 * inserted}`: at line `at` of `a`, `deleted` lines of `a` give way to the
 * `inserted` lines of `b` (longest common subsequence).
 */
function lineChanges(a, b) {
  const n = a.length
  const m = b.length
  const width = m + 1
  const common = new Int32Array((n + 1) * width)
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      common[i * width + j] =
        a[i] === b[j]
          ? common[(i + 1) * width + j + 1] + 1
          : Math.max(common[(i + 1) * width + j], common[i * width + j + 1])
    }
  }

  const changes = []
  let i = 0
  let j = 0
  let open
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      open = undefined
      i++
      j++
      continue
    }

    if (!open) {
      open = {at: i, deleted: 0, inserted: []}
      changes.push(open)
    }

    if (
      j < m &&
      (i >= n || common[i * width + j + 1] >= common[(i + 1) * width + j])
    ) {
      open.inserted.push(b[j])
      j++
    } else {
      open.deleted++
      i++
    }
  }

  return changes
}

/**
 * The texts from `older` to `newer` a line at a time: each step replaces
 * one line (a deleted and an inserted one paired: a table row, say),
 * deletes one or inserts one, top to bottom; a change in the metadata
 * (front matter, ACOM headers) is one step, as an author writes it (a
 * header cut in two is no page). The last text is `newer`.
 */
function walk(older, newer) {
  const a = older.split('\n')
  const b = newer.split('\n')
  const steps = []
  // Lines of the text so far: `b` up to the change, `a` after it.
  const done = []
  let from = 0
  const metadataEnd = lastMetadataLine(a)
  for (const change of lineChanges(a, b)) {
    done.push(...a.slice(from, change.at))
    from = change.at
    if (change.at <= metadataEnd) {
      done.push(...change.inserted)
      from += change.deleted
      steps.push([...done, ...a.slice(from)].join('\n'))
      continue
    }

    const count = Math.max(change.deleted, change.inserted.length)
    for (let step = 0; step < count; step++) {
      if (step < change.inserted.length) done.push(change.inserted[step])
      if (step < change.deleted) from++
      steps.push([...done, ...a.slice(from)].join('\n'))
    }
  }

  if (steps.at(-1) !== newer && newer !== older)
    throw new Error('dense history: the walk does not end at the next version')
  return steps
}

/**
 * Index of the last line of a page's metadata: the closing `---` of its
 * front matter, or the end of its ACOM `<tags … />`; -1 without either.
 */
function lastMetadataLine(lines) {
  if (lines[0] === '---') return lines.indexOf('---', 1)
  if (!/^<properties/.test(lines[0] ?? '')) return -1
  const tags = lines.findIndex((line) => line.startsWith('<tags'))
  const from = tags === -1 ? 0 : tags
  const end = lines.findIndex(
    (line, index) => index >= from && /\/>\s*$/.test(line)
  )
  return end
}

/**
 * Build the dense history of `document` in a new git repository under the
 * system's temporary folder.
 *
 * @returns
 *   `{repository, path, commits, texts, versions}`: the repository, the
 *   file's path in its newest commit, how many commits, the text of every
 *   commit that changes the content (oldest first), and the fixtures walked.
 */
export async function buildDenseHistory(options = {}) {
  const document = options.document ?? 'global/en/locations-providers'
  const target = options.commits ?? 1000
  const versions = await versionsOf(document)
  if (versions.length < 2)
    throw new Error('dense history: fewer than 2 versions of ' + document)

  const walks = versions
    .slice(1)
    .map((version, index) => walk(versions[index].text, version.text))
  const total = walks.reduce((sum, steps) => sum + steps.length, 0)

  // Commits: the first version, then each walk's steps grouped into about
  // `target` commits over all (at least one a walk that changes anything).
  const commits = [
    {text: versions[0].text, time: noon(versions[0].date), path: oldPath}
  ]
  const rename = Math.floor(walks.length / 2)
  for (const [index, steps] of walks.entries()) {
    const start = noon(versions[index].date)
    const end = noon(versions[index + 1].date)
    const path_ = index >= rename ? newPath : oldPath
    if (index === rename) {
      commits.push({
        text: commits.at(-1).text,
        time: start,
        path: newPath,
        renamed: true
      })
    }

    const count = Math.min(
      steps.length,
      Math.max(
        steps.length > 0 ? 1 : 0,
        Math.round((steps.length * target) / total)
      )
    )
    for (let group = 1; group <= count; group++) {
      const last = Math.round((steps.length * group) / count) - 1
      commits.push({
        text: steps[last],
        time: start + Math.round(((end - start) * group) / count),
        path: path_
      })
    }
  }

  const repository = mkdtempSync(path.join(os.tmpdir(), 'er-locations-dense-'))
  gitSync(repository, ['init', '-q'])
  gitSync(repository, ['symbolic-ref', 'HEAD', 'refs/heads/main'])
  gitSync(repository, ['fast-import', '--quiet'], fastImportStream(commits))

  return {
    repository,
    path: newPath,
    commits: commits.length,
    steps: total,
    texts: commits
      .filter((commit) => !commit.renamed)
      .map((commit) => commit.text),
    versions
  }
}

/** Seconds since the epoch of noon UTC on an ISO date. */
function noon(date) {
  return Date.parse(date + 'T12:00:00Z') / 1000
}

/** The `git fast-import` stream of `commits`, on `refs/heads/main`. */
function fastImportStream(commits) {
  const chunks = []
  const data = (text) => {
    const bytes = Buffer.from(text)
    chunks.push(
      Buffer.from('data ' + bytes.length + '\n'),
      bytes,
      Buffer.from('\n')
    )
  }

  let previousPath
  for (const [index, commit] of commits.entries()) {
    const mark = index + 1
    const who = 'Bench <bench@example.com> ' + commit.time + ' +0000'
    chunks.push(
      Buffer.from(
        'commit refs/heads/main\nmark :' +
          mark +
          '\nauthor ' +
          who +
          '\ncommitter ' +
          who +
          '\n'
      )
    )
    data(commit.renamed ? 'Move the page\n' : 'Step ' + mark + '\n')
    if (commit.renamed) {
      chunks.push(Buffer.from('R ' + previousPath + ' ' + commit.path + '\n\n'))
    } else {
      chunks.push(Buffer.from('M 100644 inline ' + commit.path + '\n'))
      data(commit.text)
      chunks.push(Buffer.from('\n'))
    }

    previousPath = commit.path
  }

  chunks.push(Buffer.from('done\n'))
  return Buffer.concat(chunks)
}

function gitSync(repository, arguments_, input) {
  const result = spawnSync('git', ['-C', repository, ...arguments_], {
    input,
    env: {...process.env, GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C'},
    maxBuffer: 1024 * 1024 * 1024
  })
  if (result.status !== 0)
    throw new Error('git ' + arguments_[0] + ': ' + String(result.stderr))
  return result.stdout
}

/**
 * Run the built CLI with `arguments_` in a child `node`: wall time from
 * spawn to exit, its exit code, standard output and peak RSS (the sum of
 * the peaks of the processes it ran as: the CLI starts `node` again to
 * read a git history, and waits for it).
 */
function runCli(arguments_) {
  return new Promise((resolve, reject) => {
    const usageFile = path.join(
      mkdtempSync(path.join(os.tmpdir(), 'er-locations-usage-')),
      'usage.jsonl'
    )
    const start = performance.now()
    const child = spawn(
      process.execPath,
      ['--import', preload, bin, ...arguments_],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {...process.env, ER_LOCATIONS_BENCH_USAGE: usageFile}
      }
    )
    const out = []
    const error = []
    child.stdout.on('data', (chunk) => out.push(chunk))
    child.stderr.on('data', (chunk) => error.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = performance.now() - start
      let lines = []
      try {
        lines = readFileSync(usageFile, 'utf8').split('\n').filter(Boolean)
      } catch {
        // No figures (a run with no preload): no RSS printed.
      }

      rmSync(path.dirname(usageFile), {recursive: true, force: true})
      const reports = lines.map((line) => JSON.parse(line))
      resolve({
        code,
        ms,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(error).toString('utf8'),
        usage:
          reports.length > 0
            ? {
                // Each process's peak, summed: the CLI waits, resident, for
                // the `node` it started, so both are held at once.
                maxRSS: reports.reduce((sum, report) => sum + report.maxRSS, 0)
              }
            : undefined
      })
    })
  })
}

/** Whether the built CLI has a `history` command. */
function hasHistory() {
  return (
    spawnSync(process.execPath, [bin, 'history', '--help'], {stdio: 'ignore'})
      .status === 0
  )
}

function median(list) {
  const sorted = [...list].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * Build the dense history, time `changelog --git` (and `history --git`)
 * against a bare parse of every version, print the figures, remove the
 * repository (unless `keep`).
 */
export async function benchDenseHistory(options = {}) {
  const rounds = options.rounds ?? 3
  const buildStart = performance.now()
  const history = await buildDenseHistory(options)
  const buildMs = performance.now() - buildStart
  const bytes = history.texts.reduce(
    (sum, text) => sum + Buffer.byteLength(text),
    0
  )
  console.log(
    '\ndense history: ' +
      history.versions.length +
      ' dated versions of ' +
      (options.document ?? 'global/en/locations-providers') +
      ' (' +
      history.versions[0].date +
      ' … ' +
      history.versions.at(-1).date +
      '), walked in ' +
      history.steps +
      ' steps (a line each, a change of the metadata one), written as ' +
      history.commits +
      ' commits (' +
      history.texts.length +
      ' contents, one rename; ' +
      (bytes / 2 ** 20).toFixed(1) +
      ' MiB of text) by git fast-import in ' +
      (buildMs / 1000).toFixed(2) +
      ' s'
  )

  const processor = unified().use(remarkParse).use(remarkGfm)
  const bare = () => {
    const start = performance.now()
    for (const text of history.texts) processor.parse(text)
    return performance.now() - start
  }

  // Warm up remark a little (as a run of the CLI warms up in its own process).
  for (const text of history.texts.slice(0, 20)) processor.parse(text)

  const commands = {
    changelog: [
      'changelog',
      '--git',
      history.repository,
      '--path',
      history.path
    ]
  }
  if (hasHistory())
    commands.history = [
      'history',
      '--git',
      history.repository,
      '--path',
      history.path
    ]

  const times = {bare: []}
  const rss = {}
  for (const name of Object.keys(commands)) {
    times[name] = []
    rss[name] = []
  }

  let versionCount
  for (let round = 0; round < rounds; round++) {
    times.bare.push(bare())
    for (const [name, argv] of Object.entries(commands)) {
      const result = await runCli(argv)
      if (result.code !== 0) {
        throw new Error(
          'dense history: `' +
            argv.slice(0, 1).join(' ') +
            ' --git` exited ' +
            result.code +
            ': ' +
            result.stderr.trim().split('\n')[0]
        )
      }

      times[name].push(result.ms)
      if (result.usage) rss[name].push(result.usage.maxRSS / 1024)
      if (name === 'changelog') {
        const stated = /: (\d+)\.\n/.exec(result.stdout)
        versionCount = stated ? Number(stated[1]) : undefined
      }
    }
  }

  const bareMs = median(times.bare)
  console.log(
    'bare remark + GFM parse of the ' +
      history.texts.length +
      ' versions, in process: ' +
      (bareMs / 1000).toFixed(2) +
      ' s (' +
      (bareMs / history.texts.length).toFixed(1) +
      ' ms a version); ' +
      rounds +
      (rounds === 1 ? ' round' : ' rounds, medians')
  )
  const figures = {bare: bareMs}
  for (const name of Object.keys(commands)) {
    const ms = median(times[name])
    const ratio = median(
      times[name].map((value, round) => value / times.bare[round])
    )
    figures[name] = {ms, ratio, rss: Math.max(...rss[name])}
    console.log(
      name +
        ' --git (node dist/cli/bin.js, wall time of the process): ' +
        (ms / 1000).toFixed(2) +
        ' s for ' +
        history.texts.length +
        ' versions' +
        (name === 'changelog' && versionCount !== undefined
          ? ' (' + versionCount + ' read as distinct)'
          : '') +
        ', ' +
        (((ms / history.texts.length) * 1000) / 1000).toFixed(2) +
        ' ms a version; ours / bare ' +
        ratio.toFixed(3) +
        ' (target ≤ 0.1); ' +
        ((ms / 1000) * (1000 / history.texts.length)).toFixed(2) +
        ' s per 1,000 versions (target ≤ 15); peak RSS ' +
        (rss[name].length > 0
          ? Math.max(...rss[name]).toFixed(0) + ' MB'
          : 'unknown')
    )
  }

  if (!commands.history)
    console.log(
      'history --git: not measured (`history --help` does not exit 0 in this build)'
    )

  if (options.keep)
    console.log(
      'dense repository kept: ' +
        history.repository +
        ' (--path ' +
        history.path +
        ')'
    )
  else rmSync(history.repository, {recursive: true, force: true})
  return figures
}

if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  const {values} = parseArgs({
    options: {
      rounds: {type: 'string', default: '3'},
      commits: {type: 'string', default: '1000'},
      document: {type: 'string'},
      keep: {type: 'boolean', default: false}
    }
  })
  await benchDenseHistory({
    rounds: Number(values.rounds),
    commits: Number(values.commits),
    document: values.document,
    keep: values.keep
  })
}
