/**
 * The model of one version of a page read from git.
 */

import type {LocationsDocument, ViewName} from '../model.js'
import {parse} from '../parse.js'
import type {GitVersion} from './git-history.js'

/** What reading a version takes of it. */
export type VersionText = Pick<GitVersion, 'commit' | 'date' | 'path' | 'text'>

/**
 * The model of a version, named `<path>@<short commit>`, dated by its commit
 * when the page states no date.
 *
 * @param version
 *   The version.
 * @param view
 *   Which view to read.
 */
export function documentOfVersion(
  version: VersionText,
  view: ViewName
): LocationsDocument {
  const document = parse(version.text, {
    view,
    path: version.path + '@' + version.commit.slice(0, 7)
  })
  return document.meta.date === null
    ? {...document, meta: {...document.meta, date: version.date}}
    : document
}
