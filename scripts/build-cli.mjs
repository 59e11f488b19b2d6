// Bundle the command line (dist/cli/bin.js) in place, with the library and its
// dependencies: loading some 400 ES modules one by one is most of the
// CLI's start (about 0.3 s of it). Run by `npm run build`
// after `tsc`; the other compiled modules stay as they are, for the
// package's library entry and for tests that import them. A module that
// finds a file beside itself (`new URL(…, import.meta.url)`:
// `package.json`, the report's script) finds it from the shared chunk in
// `dist/cli/` as from its own compiled file there.
import {readdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const folder = path.join(root, 'dist', 'cli')

const result = await build({
  absWorkingDir: root,
  entryPoints: [path.join(folder, 'bin.js')],
  outdir: folder,
  bundle: true,
  splitting: true,
  chunkNames: 'bundle-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Read only when the report's script is bundled from the sources.
  external: ['esbuild'],
  // Some dependencies are CommonJS and `require` Node's modules.
  banner: {
    js: "import {createRequire as createRequireOfBundle} from 'node:module'; const require = createRequireOfBundle(import.meta.url);"
  },
  legalComments: 'eof',
  logLevel: 'warning',
  // Written here, each output beside its file and then moved over it, once
  // every input has been read.
  write: false
})

// The shared chunk of an earlier build, named by its content, would stay.
const written = new Set(result.outputFiles.map((file) => file.path))
for (const name of await readdir(folder)) {
  const file = path.join(folder, name)
  if (/^bundle-.*\.js$/.test(name) && !written.has(file)) await rm(file)
}

for (const file of result.outputFiles) {
  await writeFile(file.path + '.tmp', file.contents, {mode: 0o755})
  await rename(file.path + '.tmp', file.path)
}
