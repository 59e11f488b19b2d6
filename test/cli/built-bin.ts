/**
 * Build the CLI once for tests that run it as a process, into a folder of
 * their own: not `dist/`, which may be stale or being rebuilt by someone
 * else.
 */

import {execFile} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync} from 'node:fs'
import path from 'node:path'
import {root} from '../helpers.js'

const base = path.join(root, 'node_modules', '.cache', 'er-locations-test-bin')
let built: Promise<string> | undefined
let folder: string | undefined

/**
 * Compile `src/` and return the path of `bin.js`.
 *
 * Type errors do not stop the build (`tsc` emits anyway): this is the
 * typecheck's job, not these tests'.
 */
export function builtBin(): Promise<string> {
  built ??= new Promise((resolve, reject) => {
    mkdirSync(base, {recursive: true})
    // One folder a build: test files run in parallel. Inside the repository,
    // so that the packages resolve from its `node_modules`.
    folder = mkdtempSync(path.join(base, 'build-'))
    // `version.ts` reads `../../package.json` from `dist/cli/`.
    copyFileSync(
      path.join(root, 'package.json'),
      path.join(folder, 'package.json')
    )
    execFile(
      process.execPath,
      [
        path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
        '-p',
        path.join(root, 'tsconfig.build.json'),
        '--outDir',
        path.join(folder, 'dist'),
        '--declaration',
        'false',
        '--declarationMap',
        'false',
        '--sourceMap',
        'false'
      ],
      {cwd: root},
      (error, stdout) => {
        const bin = path.join(folder as string, 'dist', 'cli', 'bin.js')
        if (existsSync(bin)) resolve(bin)
        else
          reject(
            new Error(
              'Cannot build the CLI: ' + (error?.message ?? '') + stdout
            )
          )
      }
    )
  })
  return built
}

/** Remove the build (call in `afterAll`). */
export function removeBuiltBin(): void {
  if (folder) rmSync(folder, {recursive: true, force: true})
  built = undefined
  folder = undefined
}
