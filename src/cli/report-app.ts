/**
 * The script of the report page: `src/browser/report-app.ts` and the
 * library, bundled into one classic script by the build
 * (`scripts/build-report.mjs`, after `tsc`) as `dist/browser/report-app.js`.
 * `report` reads it and hands its text to the renderer, which inlines it.
 */

import {readFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {UsageError} from './io.js'
import {systemReason} from './system-reason.js'

/** The entry of the bundle, relative to the package. */
export const reportAppEntry = 'src/browser/report-app.ts'

/** Where the build writes the bundle, relative to the package. */
export const reportAppOutput = 'dist/browser/report-app.js'

/**
 * How the bundle is built (esbuild options): one classic script, so that
 * the page works from `file://`; minified; byte-stable (esbuild writes the
 * same bytes for the same sources and version).
 */
export const reportAppBuild = {
  entryPoints: [reportAppEntry],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2022'],
  minify: true,
  charset: 'ascii',
  legalComments: 'eof',
  sourcemap: false,
  logLevel: 'warning'
} as const

/** The package's folder: two up from `dist/cli/` (or `src/cli/`). */
const packageFolder = new URL('../../', import.meta.url)

let bundled: Promise<string> | undefined

/**
 * The text of the page's script.
 *
 * Run from the built package, the bundle the build wrote. Run from the
 * sources (tests, a `.ts` loader), which have no bundle, it is bundled from
 * them, in memory, with esbuild (a dev dependency: there, it is installed).
 *
 * @throws {UsageError}
 *   When the built bundle is missing (a build that stopped after `tsc`).
 */
export function readReportApp(): Promise<string> {
  bundled ??= import.meta.url.endsWith('.ts')
    ? bundleFromSources()
    : readBuilt()
  return bundled
}

async function readBuilt(): Promise<string> {
  const file = new URL(reportAppOutput, packageFolder)
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    bundled = undefined
    throw new UsageError(
      'Cannot read the report’s script `' +
        fileURLToPath(file) +
        '`: ' +
        systemReason(error, 'unreadable') +
        ' (run `npm run build`)'
    )
  }
}

async function bundleFromSources(): Promise<string> {
  const {build} = await import('esbuild')
  const result = await build({
    ...reportAppBuild,
    entryPoints: [...reportAppBuild.entryPoints],
    target: [...reportAppBuild.target],
    absWorkingDir: fileURLToPath(packageFolder),
    write: false
  })
  return result.outputFiles[0]?.text ?? ''
}
