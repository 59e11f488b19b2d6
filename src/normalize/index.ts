/**
 * Stage 4, **normalize**: extracted records → the model.
 */

export {
  modelFromExtraction,
  type ModelContext
} from './model-from-extraction.js'
export {slug} from '../util/slug.js'
export {
  resolveName,
  foldName,
  type NameTable,
  type ResolvedName
} from './resolve-name.js'
export {
  providerAliases,
  locationAliases,
  azureRegionAliases,
  type Alias,
  type AliasKind
} from './aliases.js'
