export type * from './model.js'
export {parse, type ParseOptions} from './parse.js'
export {createBlockCache, type BlockCache} from './blocks/index.js'
export {views, type Views} from './views.js'
export * from './diff/index.js'
export {renderChangelog, renderDiff} from './render/index.js'
export type {
  Changelog,
  ChangelogOptions,
  ChangelogPoint,
  ChangelogVersion,
  RenderOptions
} from './render/index.js'
