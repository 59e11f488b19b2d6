// Bundle the report page's script (src/browser/report-app.ts and the
// library) into dist/browser/report-app.js, which `er-locations report`
// inlines. Run by `npm run build` after `tsc`: the options come from the
// compiled CLI, so the build and a run from the sources bundle alike.
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {reportAppBuild, reportAppOutput} from '../dist/cli/report-app.js'

const root = fileURLToPath(new URL('..', import.meta.url))

await build({...reportAppBuild, absWorkingDir: root, outfile: reportAppOutput})
