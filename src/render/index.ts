/**
 * Stage 6, **render** (changelog part): version pairs → Keep a Changelog
 * Markdown or JSON.
 */

export {changelogSchema} from './changelog-schema.js'
export {renderChangelog} from './render-changelog.js'
export {renderDiff} from './render-diff.js'
export type {
  Changelog,
  ChangelogOptions,
  ChangelogPoint,
  ChangelogVersion,
  RenderOptions
} from './changelog.js'
