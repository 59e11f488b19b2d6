export type * from './model.js'
export {parse, type ParseOptions} from './parse.js'
export {views, type Views} from './views.js'
