export type * from './model.js'
export {views, type Views} from './views.js'
