/**
 * Stage 4, **normalize**: extracted records → the model.
 */

export {modelFromExtraction, type ModelContext} from './model-from-extraction.js'
export {canonicalName} from './canonical-name.js'
export {slug} from './slug.js'
